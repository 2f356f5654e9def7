import type { ModerationCounts, ModerationRunView } from "@/lib/moderation/moderation-status";
import { RunProgress } from "@/components/dedup/run-progress";
import { Notice } from "@/components/ui/notice";
import { ModerationLastScan } from "./moderation-last-scan";
import { ModerationScanButtons } from "./moderation-scan-buttons";
import { ModerationSwitch } from "./moderation-switch";

// The moderation pre-scan on the dataset's settings page: the switch with its warning,
// the scan buttons, a running scan's progress, and the last result. Leads and admins
// change it; everyone else sees where it stands.

type Props = {
  datasetId: string;
  enabled: boolean;
  /** Where content would go, or why the server cannot send it anywhere. */
  provider: { host: string; keyProblem: string | null } | { problem: string };
  run: ModerationRunView | null;
  counts: ModerationCounts;
  canModerate: boolean;
};

export function ModerationSection({ datasetId, enabled, provider, run, counts, canModerate }: Props) {
  const host = "host" in provider ? provider.host : null;
  const problem = "problem" in provider ? provider.problem : provider.keyProblem;
  const running = run?.status === "running";
  return (
    <div className="space-y-3">
      {canModerate ? (
        <ModerationSwitch datasetId={datasetId} enabled={enabled} />
      ) : (
        <p className="text-sm">
          Moderation pre-scan: <span className="font-medium">{enabled ? "on" : "off"}</span> <span className="text-xs text-zinc-500">(a lead changes it)</span>
        </p>
      )}
      <div id="moderation-warning">
        <Notice tone="warning" title={`Scanning sends the content of every record to ${host ?? "the provider"}`}>
          System prompts, user and assistant messages, tool calls and tool results of each record scanned go to the provider&apos;s moderation endpoint. Turn
          this on only if this dataset&apos;s content may leave this server.
        </Notice>
      </div>
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      {running ? (
        <RunProgress label={`Scanning with ${run.model}`} phase={`sending records to ${run.host}`} processed={run.processed} total={run.total} />
      ) : null}
      {canModerate && enabled && host && !problem ? (
        <ModerationScanButtons datasetId={datasetId} unscanned={counts.unscanned} records={counts.records} host={host} running={running} />
      ) : null}
      <ModerationLastScan datasetId={datasetId} run={running ? null : run} counts={counts} />
    </div>
  );
}
