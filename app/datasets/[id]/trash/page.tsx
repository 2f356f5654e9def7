import type { Metadata } from "next";
import { countTrash, listTrash, TRASH_DAYS } from "@/lib/db/bulk/trash";
import { DatasetBreadcrumb } from "@/components/ui/breadcrumb";
import { TrashTable } from "@/components/bulk/trash-table";
import { plural } from "@/components/ui/format";
import { datasetForPage } from "@/app/_lib/page-access";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const dataset = await datasetForPage((await params).id);
  return { title: `Trash · ${dataset.name}` };
}

// Conversations moved to the trash: kept for 30 days, restorable one by one or together.
export default async function DatasetTrashPage({ params }: Props) {
  const dataset = await datasetForPage((await params).id);
  const rows = listTrash(dataset.id);
  const total = countTrash(dataset.id);
  return (
    <div className="mx-auto max-w-5xl space-y-4">
      <header>
        <DatasetBreadcrumb dataset={dataset} />
        <h1 className="text-xl font-semibold tracking-tight">Trash</h1>
        <p className="mt-1 text-sm text-zinc-600">
          {total ? plural(total, "conversation") : "Nothing"} in the trash. Conversations stay here for {TRASH_DAYS} days, out of
          the table and the exports, then are deleted for good with their history.
          {total > rows.length ? ` The ${rows.length} most recently deleted are shown.` : ""}
        </p>
      </header>
      <TrashTable datasetId={dataset.id} rows={rows} />
    </div>
  );
}
