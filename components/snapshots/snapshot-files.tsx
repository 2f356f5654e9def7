import { buttonClasses } from "@/components/ui/button";
import { formatBytes, formatCount } from "@/components/ui/format";
import { Table, TableBody, TableCell, TableHead, TableHeader } from "@/components/ui/table";

// A snapshot's files, each with its records, size and SHA-256 (what `sha256sum` prints
// for the downloaded file), and the open-source format for TRL and Axolotl.

type FileView = { name: string; records: number; bytes: number; sha256: string };
type SnapshotView = { id: string; kind: string; files: { train: FileView; validation?: FileView }; manifestFile: { bytes: number } };
type Props = { snapshot: SnapshotView; canDownload: boolean };

export function SnapshotFiles({ snapshot: s, canDownload }: Props) {
  const base = `/api/v1/snapshots/${s.id}`;
  const rows = [
    { kind: "train", file: s.files.train, what: "Training examples, OpenAI JSONL" },
    ...(s.files.validation ? [{ kind: "validation", file: s.files.validation, what: "Validation examples, OpenAI JSONL" }] : []),
  ];
  return (
    <div className="space-y-3">
      <div className="overflow-x-auto">
        <Table aria-label="Files" className="w-full text-left text-sm">
          <TableHeader look="list">
            {["File", "Records", "Size", "SHA-256", ""].map((c, i) => (
              <TableHead key={i} look="list">
                {c || <span className="sr-only">Download</span>}
              </TableHead>
            ))}
          </TableHeader>
          <TableBody>
            {rows.map(({ kind, file, what }) => (
              <tr key={kind}>
                <TableCell look="list">
                  <div className="font-mono text-xs font-medium">{file.name}</div>
                  <div className="text-xs text-zinc-500">{what}</div>
                </TableCell>
                <TableCell look="list" className="tabular-nums">
                  {formatCount(file.records)}
                </TableCell>
                <TableCell look="list" className="whitespace-nowrap tabular-nums">
                  {formatBytes(file.bytes)}
                </TableCell>
                <TableCell look="list">
                  <code aria-label={`SHA-256 of ${file.name}`} className="break-all font-mono text-[11px] text-zinc-700">
                    {file.sha256}
                  </code>
                </TableCell>
                <TableCell look="list" className="text-right">
                  {canDownload ? (
                    <a href={`${base}/files/${kind}`} download aria-label={`Download ${file.name}`} className={buttonClasses("secondary", "sm")}>
                      Download
                    </a>
                  ) : null}
                </TableCell>
              </tr>
            ))}
            <tr>
              <TableCell look="list">
                <div className="font-mono text-xs font-medium">manifest.json</div>
                <div className="text-xs text-zinc-500">What went in, how it was split, and the hashes above</div>
              </TableCell>
              <TableCell look="list" />
              <TableCell look="list" className="whitespace-nowrap tabular-nums">
                {formatBytes(s.manifestFile.bytes)}
              </TableCell>
              <TableCell look="list" />
              <TableCell look="list" className="text-right">
                <a href={`${base}/files/manifest`} download aria-label="Download manifest.json" className={buttonClasses("secondary", "sm")}>
                  Download
                </a>
              </TableCell>
            </tr>
          </TableBody>
        </Table>
      </div>
      {canDownload ? (
        <div className="flex flex-wrap items-center gap-3 rounded-md bg-zinc-50 px-3 py-2">
          <a href={`${base}/open-source`} download className={buttonClasses("secondary", "sm")}>
            Download for open-source trainers (.tar.gz)
          </a>
          <p className="text-xs text-zinc-600">
            The same examples as chat JSONL for Hugging Face TRL and Axolotl (<code>type: chat_template</code>
            {s.kind === "preference" ? ", DPO pairs as prompt / chosen / rejected" : ""}), with a README on how to load them.
          </p>
        </div>
      ) : (
        <p className="text-xs text-zinc-500">Downloading the examples takes the export permission (leads and admins).</p>
      )}
    </div>
  );
}
