import { RelativeTime } from "@/components/ui/relative-time";

// The history of a conversation. An imported record has none until its first change,
// which also records the imported state as the earliest revision.

type Revision = { version: number; summary: string; createdAt: Date; actor: { name: string; email: string } };

export function RevisionsList({ revisions }: { revisions: Revision[] }) {
  if (!revisions.length) return <p className="text-sm text-zinc-500">No changes since it was imported.</p>;
  return (
    <ol className="space-y-2">
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
        </li>
      ))}
    </ol>
  );
}
