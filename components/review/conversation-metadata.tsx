import Link from "next/link";
import type { FineTunableModel } from "@/lib/models/fine-tunable-models";
import { formatCount, formatDateTime } from "@/components/ui/format";
import { LabelChip } from "@/components/ui/label-chip";
import { Notice } from "@/components/ui/notice";
import { RelativeTime } from "@/components/ui/relative-time";
import { StatusBadge } from "@/components/ui/status-badge";
import { JsonBlock } from "./text-block";
import type { ConversationRecord } from "@/lib/validation/conversation-record";

// Everything about a conversation besides its turns: where it came from, its review
// state, its size against the target model's limit, and what the strict export drops.

/** The metadata fields of a conversation record (see the API's record shape). */
export type RecordMetadata = Pick<
  ConversationRecord,
  | "kind"
  | "status"
  | "version"
  | "source_file"
  | "source_line"
  | "import"
  | "from_evaluation"
  | "tokens"
  | "turns"
  | "duplicate_of"
  | "created_at"
  | "updated_at"
  | "unknown_keys"
  | "extra"
>;

type Props = {
  record: RecordMetadata;
  labels: { name: string; color: string }[];
  model: FineTunableModel | undefined;
  back: string;
};

export function ConversationMetadata({ record, labels, model, back }: Props) {
  const over = model && record.tokens !== null && record.tokens > model.maxTokensPerExample;
  const extra = record.extra ? Object.entries(record.extra) : [];
  return (
    <div className="space-y-3">
      <dl className="grid grid-cols-[7rem_minmax(0,1fr)] gap-x-2 gap-y-1.5 text-sm">
        <Row label="Status">
          <StatusBadge status={record.status} />
        </Row>
        <Row label="Format">{record.kind === "preference" ? "Preference (DPO)" : record.kind === "chat" ? "Chat" : "Invalid line"}</Row>
        <Row label="Labels">
          {labels.length ? (
            <span className="flex flex-wrap gap-1">
              {labels.map((l) => (
                <LabelChip key={l.name} name={l.name} color={l.color} />
              ))}
            </span>
          ) : (
            <span className="text-zinc-500">None</span>
          )}
        </Row>
        <Row label="Source">
          {record.source_file ? (
            <span className="break-all font-mono text-xs">
              {record.source_file}
              {record.source_line !== null ? `:${record.source_line}` : ""}
            </span>
          ) : (
            <span className="text-zinc-500">Created here</span>
          )}
        </Row>
        {record.from_evaluation ? (
          <Row label="Evaluation">
            <Link href={`/evals/${record.from_evaluation}?view=losses`} className="underline">
              Sent back from an evaluation it lost
            </Link>
          </Row>
        ) : null}
        {record.import ? (
          <Row label="Import">
            <span className="break-all font-mono text-xs text-zinc-600">{record.import.file_name}</span>
            {record.import.started_at ? <span className="block text-xs text-zinc-500">{formatDateTime(record.import.started_at)}</span> : null}
          </Row>
        ) : null}
        <Row label="Tokens">
          {record.kind === "invalid" ? (
            <span className="text-zinc-500">—</span>
          ) : record.tokens === null ? (
            <span className="italic text-zinc-500">counting…</span>
          ) : (
            <span className={over ? "font-medium text-red-700" : ""}>
              {formatCount(record.tokens)}
              {model ? <span className="text-zinc-500"> / {formatCount(model.maxTokensPerExample)}</span> : null}
            </span>
          )}
        </Row>
        <Row label="Turns">{record.kind === "invalid" ? <span className="text-zinc-500">—</span> : formatCount(record.turns)}</Row>
        <Row label="Version">{record.version}</Row>
        {record.duplicate_of ? (
          <Row label="Duplicate of">
            <Link href={`/conversations/${record.duplicate_of}${back ? `?back=${encodeURIComponent(back)}` : ""}`} className="text-indigo-700 hover:underline">
              #{record.duplicate_of}
            </Link>
          </Row>
        ) : null}
        <Row label="Created">
          <span title={formatDateTime(record.created_at)}>
            <RelativeTime value={record.created_at} />
          </span>
        </Row>
        <Row label="Updated">
          <RelativeTime value={record.updated_at} />
        </Row>
      </dl>
      {over ? (
        <Notice tone="warning">
          Longer than {model!.family}&apos;s {formatCount(model!.maxTokensPerExample)}-token limit per example: the fine-tune would truncate it.
        </Notice>
      ) : null}
      {record.unknown_keys.length ? (
        <Notice tone="warning" title="Keys the OpenAI format does not define">
          <ul className="mt-1 space-y-0.5 font-mono text-xs">
            {record.unknown_keys.map((k) => (
              <li key={k}>{k}</li>
            ))}
          </ul>
          <p className="mt-1 text-xs">They are kept here, but the strict export leaves them out.</p>
        </Notice>
      ) : null}
      {extra.length ? (
        <section aria-labelledby="extra-heading">
          <h3 id="extra-heading" className="text-xs font-medium text-zinc-500">
            Extra values
          </h3>
          <dl className="mt-1 space-y-1.5">
            {extra.map(([key, value]) => (
              <div key={key}>
                <dt className="font-mono text-xs text-zinc-700">{key}</dt>
                <dd>
                  <JsonBlock value={value} className="max-h-48" />
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
    </div>
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt className="text-zinc-500">{label}</dt>
      <dd className="min-w-0">{children}</dd>
    </>
  );
}
