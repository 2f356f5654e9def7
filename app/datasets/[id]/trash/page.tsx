import { countTrash, listTrash, TRASH_DAYS } from "@/lib/db/bulk/trash";
import { PageHeader } from "@/components/ui/page-header";
import { TrashTable } from "@/components/bulk/trash-table";
import { plural } from "@/components/ui/format";
import { datasetForPage } from "@/app/_lib/page-access";
import { datasetPageTitle, type DatasetPageProps } from "@/app/_lib/dataset-page";

export const generateMetadata = datasetPageTitle("Trash");

// Conversations moved to the trash: kept for 30 days, restorable one by one or together.
export default async function DatasetTrashPage({ params }: DatasetPageProps) {
  const dataset = await datasetForPage((await params).id);
  const rows = listTrash(dataset.scope);
  const total = countTrash(dataset.scope);
  return (
    <div className="space-y-4">
      <PageHeader
        title="Trash"
        wide
        description={
          <>
            {total ? plural(total, "conversation") : "Nothing"} in the trash. Conversations stay here for {TRASH_DAYS} days, out of the table and the exports,
            then are deleted for good with their history.
            {total > rows.length ? ` The ${rows.length} most recently deleted are shown.` : ""}
          </>
        }
      />
      <TrashTable datasetId={dataset.id} rows={rows} />
    </div>
  );
}
