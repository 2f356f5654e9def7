import type { SnapshotManifest } from "@/lib/snapshots/manifest";
import { SYSTEM_PROMPT_MODE_LABELS } from "@/lib/snapshots/bake-system-prompt";
import { formatCount } from "@/components/ui/format";
import { filterWords } from "./filter-words";
import { Table, TableBody, TableCell, TableHead, TableHeader } from "@/components/ui/table";

// The manifest read aloud: what went in, how it was split, what happened to the
// system prompt, and what the pre-flight check said. Each part is its own card so the
// snapshot page stacks them (and more) in one column.

export function ContentsCard({ m }: { m: SnapshotManifest }) {
  const labels = Object.entries(m.counts.byLabel);
  return (
    <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[10rem_minmax(0,1fr)]">
      <dt className="text-zinc-500">Records from</dt>
      <dd>{filterWords(m.filter)}</dd>
      <dt className="text-zinc-500">By status</dt>
      <dd>
        {Object.entries(m.counts.byStatus)
          .map(([s, n]) => `${s.replace("_", " ")} ${formatCount(n)}`)
          .join(", ")}
      </dd>
      <dt className="text-zinc-500">By label</dt>
      <dd>
        {labels.length ? labels.map(([l, n]) => `${l} ${formatCount(n)}`).join(", ") : "no labels"}
        {m.counts.unlabelled && labels.length ? `; without a label ${formatCount(m.counts.unlabelled)}` : ""}
      </dd>
      <dt className="text-zinc-500">Target model</dt>
      <dd className="font-mono text-xs">{m.dataset.targetModel}</dd>
      <dt className="text-zinc-500">Made with</dt>
      <dd>Tuneset {m.app.version}</dd>
    </dl>
  );
}

export function SplitCard({ m }: { m: SnapshotManifest }) {
  const s = m.split;
  if (!s) return <p className="text-sm text-zinc-600">No validation split: every record is in train.jsonl.</p>;
  const g = s.groupedBy;
  return (
    <div className="space-y-3 text-sm">
      <p>
        {formatCount(s.train)} training and {formatCount(s.validation)} validation records (fraction {s.validationFraction}, seed{" "}
        <span className="font-mono">{s.seed}</span>), stratified by label set.{" "}
        {g.kind === "clusters"
          ? `Grouped by the near-duplicate clusters of the de-duplication run of ${g.finishedAt ? new Date(g.finishedAt).toISOString().slice(0, 10) : "the dataset"} (threshold ${g.threshold}): ${formatCount(g.clusteredRecords)} records share a cluster, each cluster on one side.`
          : "Not grouped by near-duplicate cluster: de-duplication has not run on this dataset."}
      </p>
      <Table aria-label="Split by label" className="w-full max-w-lg text-left text-xs">
        <TableHeader look="list">
          <TableHead look="list" dense>
            Labels
          </TableHead>
          <TableHead look="list" dense>
            Records
          </TableHead>
          <TableHead look="list" dense>
            Validation
          </TableHead>
        </TableHeader>
        <TableBody>
          {s.strata.map((x) => (
            <tr key={x.labels}>
              <TableCell look="list" dense>
                {x.labels}
              </TableCell>
              <TableCell look="list" dense className="tabular-nums">
                {formatCount(x.records)}
              </TableCell>
              <TableCell look="list" dense className="tabular-nums">
                {formatCount(x.validation)}
              </TableCell>
            </tr>
          ))}
        </TableBody>
      </Table>
      {s.strataTotal > s.strata.length ? (
        <p className="text-xs text-zinc-500">
          The largest {s.strata.length} of {formatCount(s.strataTotal)} label sets are listed.
        </p>
      ) : null}
    </div>
  );
}

export function SystemPromptCard({ m }: { m: SnapshotManifest }) {
  const p = m.systemPrompt;
  if (p.mode === "keep") return <p className="text-sm text-zinc-600">Kept as written in every example.</p>;
  return (
    <div className="space-y-2 text-sm">
      <p>
        {SYSTEM_PROMPT_MODE_LABELS[p.mode]} in {formatCount(p.changedRecords)} examples. Each future request to the tuned model saves about{" "}
        <strong>{formatCount(p.tokensSavedPerRequest)} prompt tokens</strong> ({p.percentCut}% of the prompt, counted with {p.encoding}).
      </p>
      {p.mode === "replace" ? (
        <blockquote className="whitespace-pre-wrap rounded-md border-l-2 border-zinc-300 bg-zinc-50 px-3 py-2 text-zinc-800">{p.replacement}</blockquote>
      ) : null}
      <p className="text-xs text-zinc-500">
        Send requests to the tuned model {p.mode === "drop" ? "without a system prompt" : "with this system prompt"}, as it was trained.
      </p>
    </div>
  );
}

export function PreflightCard({ m }: { m: SnapshotManifest }) {
  const { overriddenErrors, warnings } = m.preflight;
  if (!overriddenErrors.length && !warnings.length) return <p className="text-sm text-zinc-600">The pre-flight check found no errors.</p>;
  return (
    <ul className="list-disc space-y-1 pl-5 text-sm">
      {overriddenErrors.map((o) => (
        <li key={o} className="text-red-800">
          Written despite: {o}
        </li>
      ))}
      {warnings.map((w) => (
        <li key={w} className="text-amber-800">
          {w}
        </li>
      ))}
    </ul>
  );
}
