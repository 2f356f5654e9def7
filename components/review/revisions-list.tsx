import { RelativeTime } from "@/components/ui/relative-time";
import { formatCount } from "@/components/ui/format";
import type { TurnDiff } from "@/lib/editing/revision-diff";
import { RestoreButton } from "./restore-button";

// The history of a conversation, newest first: who changed what and when, the changed
// words of each turn, and a way back to any earlier version. An imported record has
// no history until its first change, which also records the imported state.

type Revision = {
  version: number;
  summary: string;
  createdAt: Date;
  actor: { name: string; email: string };
  changes: TurnDiff[];
};

const MARK = { same: "", added: "bg-emerald-100 text-emerald-900 no-underline", removed: "bg-red-100 text-red-900" } as const;

// <ins> and <del> say "added" and "removed" to assistive technology, not only in colour.
function Part({ kind, text }: { kind: "same" | "added" | "removed"; text: string }) {
  if (kind === "added") return <ins className={MARK.added}>{text}</ins>;
  if (kind === "removed") return <del className={MARK.removed}>{text}</del>;
  return <span>{text}</span>;
}

function TurnChange({ d }: { d: TurnDiff }) {
  const label = `Turn ${d.turn} (${d.role})`;
  if (d.change !== "changed") {
    return (
      <p className="text-xs">
        <span className="font-medium">{label}</span> {d.change}: <Part kind={d.change} text={d.text.slice(0, 300)} />
      </p>
    );
  }
  return (
    <p className="whitespace-pre-wrap break-words text-xs">
      <span className="font-medium">{label}</span>
      {d.roleBefore ? <span className="text-zinc-500"> (was {d.roleBefore})</span> : null}:{" "}
      {d.tooLong ? (
        <span className="text-zinc-500">
          changed; too long to compare word by word ({formatCount(d.tooLong.before)} → {formatCount(d.tooLong.after)} characters)
        </span>
      ) : (
        d.parts.map((p, i) => <Part key={i} kind={p.kind} text={p.text} />)
      )}
    </p>
  );
}

/** `canRestore`: whether the user may edit, and so bring an older version back. */
export function RevisionsList({ id, current, revisions, canRestore = true }: { id: number; current: number; revisions: Revision[]; canRestore?: boolean }) {
  if (!revisions.length) return <p className="text-sm text-zinc-500">No changes since it was imported.</p>;
  return (
    <ol className="space-y-3">
      {revisions.map((r) => (
        <li key={r.version} className="text-sm">
          <div className="flex items-baseline justify-between gap-2">
            <span className="font-medium">v{r.version}</span>
            <span className="text-xs text-zinc-500">
              <RelativeTime value={r.createdAt} />
            </span>
          </div>
          <p className="text-zinc-700">{r.summary}</p>
          <p className="text-xs text-zinc-500">by {r.actor.name || r.actor.email}</p>
          {r.changes.length ? (
            <div className="mt-1 space-y-1 rounded border border-zinc-100 bg-zinc-50 p-2">
              {r.changes.map((d) => (
                <TurnChange key={`${d.turn}-${d.change}`} d={d} />
              ))}
            </div>
          ) : null}
          {canRestore && r.version < current ? <RestoreButton id={id} version={current} restore={r.version} /> : null}
        </li>
      ))}
    </ol>
  );
}
