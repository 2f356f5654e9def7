import { Badge } from "@/components/ui/badge";
import { formatBytes, formatCount } from "@/components/ui/format";
import { RelativeTime } from "@/components/ui/relative-time";

// The files loaded into a dataset, newest first. A failed import's internal reason
// stays in the server log; the person who uploaded saw the readable message.

type ImportRow = {
  id: string;
  fileName: string;
  status: string;
  lines: number;
  bytes: number;
  imported: number;
  invalid: number;
  duplicates: number;
  startedAt: Date;
  indexedAt: Date | null;
};

export function RecentImports({ imports }: { imports: ImportRow[] }) {
  if (!imports.length) return <p className="text-sm text-zinc-500">No files imported yet.</p>;
  return (
    <ul className="divide-y divide-zinc-100">
      {imports.map((i) => (
        <li key={i.id} className="py-2 text-sm">
          <div className="flex items-center justify-between gap-2">
            <span className="truncate font-mono text-xs text-zinc-800" title={i.fileName}>
              {i.fileName}
            </span>
            <ImportStatus status={i.status} indexed={i.indexedAt !== null} />
          </div>
          <div className="mt-0.5 flex flex-wrap gap-x-3 text-xs text-zinc-500">
            <RelativeTime value={i.startedAt} />
            <span>{formatCount(i.lines)} lines</span>
            {i.bytes ? <span>{formatBytes(i.bytes)}</span> : null}
            {i.status === "done" ? (
              <>
                <span className="text-emerald-700">{formatCount(i.imported)} imported</span>
                {i.invalid ? <span className="text-red-700">{formatCount(i.invalid)} invalid</span> : null}
                {i.duplicates ? <span className="text-amber-700">{formatCount(i.duplicates)} duplicates</span> : null}
              </>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}

function ImportStatus({ status, indexed }: { status: string; indexed: boolean }) {
  if (status === "running") return <Badge tone="blue">Importing…</Badge>;
  if (status === "failed") return <Badge tone="red">Failed</Badge>;
  if (!indexed) return <Badge tone="blue" title="Being added to the search index">Indexing…</Badge>;
  return <Badge tone="green">Done</Badge>;
}
