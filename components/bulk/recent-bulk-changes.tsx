import { Badge } from "@/components/ui/badge";
import { RelativeTime } from "@/components/ui/relative-time";
import { UndoBulkButton } from "./undo-bulk-button";

// The dataset's recent bulk changes, newest first, each with who made it and an Undo
// (a change can be undone once, as a whole).

type BulkOperationRow = {
  id: string;
  summary: string;
  count: number;
  createdAt: Date;
  actor: { name: string };
  undoneAt: Date | null;
  undoneBy: { name: string } | null;
  undoneCount: number | null;
};

export function RecentBulkChanges({ datasetId, operations }: { datasetId: string; operations: BulkOperationRow[] }) {
  if (!operations.length) return <p className="text-sm text-zinc-500">No bulk changes yet. Select conversations in the table to make one.</p>;
  return (
    <ul className="divide-y divide-zinc-100">
      {operations.map((op) => (
        <li key={op.id} className="space-y-1 py-2 text-sm">
          <p className="text-zinc-800">{op.summary}</p>
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-zinc-500">
            <span>{op.actor.name}</span>
            <RelativeTime value={op.createdAt} />
            {op.undoneAt ? (
              <Badge tone="gray" title={`Undone by ${op.undoneBy?.name ?? "someone"}; ${op.undoneCount ?? 0} put back`}>
                Undone
              </Badge>
            ) : op.count > 0 ? (
              <UndoBulkButton datasetId={datasetId} operationId={op.id} summary={op.summary} />
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
