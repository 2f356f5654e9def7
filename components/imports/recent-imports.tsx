import { Badge } from "@/components/ui/badge";
import { formatBytes, formatCount, plural } from "@/components/ui/format";
import { importName, importTime } from "@/lib/imports/import-name";
import { RelativeTime } from "@/components/ui/relative-time";

// The files loaded into a dataset, newest first, each named by its file and time (the
// exact time on hover), never by its id; counts are worded in the singular for one. A
// failed import's internal reason stays in the server log; the person who uploaded saw
// the readable message. An interrupted one says where it stopped and how to go on.

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
  sha256: string | null;
};

export function RecentImports({ imports, datasetName }: { imports: ImportRow[]; datasetName: string }) {
  if (!imports.length) return <p className="text-sm text-zinc-500">No files imported yet.</p>;
  return (
    <ul className="divide-y divide-zinc-100">
      {imports.map((i) => (
        <li key={i.id} className="py-2 text-sm">
          <div className="flex items-center justify-between gap-2">
            <span className="truncate font-mono text-xs text-zinc-800" title={importName(i)}>
              {i.fileName}
            </span>
            <ImportStatus row={i} />
          </div>
          <div className="mt-0.5 flex flex-wrap gap-x-3 text-xs text-zinc-500">
            <span title={importTime(i.startedAt)}>
              <RelativeTime value={i.startedAt} />
            </span>
            <span>{plural(i.lines, "line")}</span>
            {i.bytes ? <span>{formatBytes(i.bytes)}</span> : null}
            {i.status === "done" || i.status === "interrupted" ? (
              <>
                <span className="text-emerald-700">{formatCount(i.imported)} imported</span>
                {i.invalid ? <span className="text-red-700">{formatCount(i.invalid)} invalid</span> : null}
                {i.duplicates ? <span className="text-amber-700">{plural(i.duplicates, "duplicate")}</span> : null}
              </>
            ) : null}
          </div>
          {i.status === "interrupted" ? <ResumeHint row={i} datasetName={datasetName} /> : null}
        </li>
      ))}
    </ul>
  );
}

function ImportStatus({ row }: { row: ImportRow }) {
  if (row.status === "running") return <Badge tone="blue">Importing…</Badge>;
  if (row.status === "failed") return <Badge tone="red">Failed</Badge>;
  if (row.status === "interrupted") return <Badge tone="amber">Interrupted at line {formatCount(row.lines)}</Badge>;
  if (!row.indexedAt)
    return (
      <Badge tone="blue" title="Being added to the search index">
        Indexing…
      </Badge>
    );
  return <Badge tone="green">Done</Badge>;
}

/** How to go on: the same file again, in the panel above or on the command line. */
function ResumeHint({ row, datasetName }: { row: ImportRow; datasetName: string }) {
  if (row.lines === 0) return <p className="mt-1 text-xs text-zinc-600">Nothing was stored before it stopped: import the file again.</p>;
  if (row.sha256 === null) {
    // Begun by a version of Tuneset that did not record what it had read: the stored lines stay, the rest needs its own file.
    return (
      <p className="mt-1 text-xs text-zinc-600">
        Its {plural(row.lines, "stored line")} {row.lines === 1 ? "is" : "are"} kept; it began before imports could be resumed.
      </p>
    );
  }
  const command = `tuneset import ${row.fileName} --dataset ${JSON.stringify(datasetName)} --resume`;
  return (
    <div className="mt-1 space-y-1 text-xs text-zinc-600">
      <p>
        <span className="font-medium text-zinc-800">Resume:</span> import {row.fileName} again (choose or drop it above) and it goes on after line{" "}
        {formatCount(row.lines)}, or run
      </p>
      <code className="block break-all rounded bg-zinc-100 px-1.5 py-1 font-mono text-[11px] text-zinc-800">{command}</code>
    </div>
  );
}
