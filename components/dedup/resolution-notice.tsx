import Link from "next/link";
import { Notice } from "@/components/ui/notice";

/** What a resolution did, and where it is undone: it is a bulk change like any other. */
export function ResolutionNotice({ datasetId, title, result }: { datasetId: string; title: string | null; result: { ok: false; error: string } | null }) {
  if (result) return <Notice tone="error">{result.error}</Notice>;
  if (!title) return null;
  return (
    <Notice tone="success" title={title}>
      The change can be undone from{" "}
      <Link href={`/datasets/${datasetId}#bulk-heading`} className="underline">
        Recent bulk changes on the dataset page
      </Link>
      .
    </Notice>
  );
}
