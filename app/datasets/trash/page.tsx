import type { Metadata } from "next";
import { listDeletedDatasets } from "@/lib/db/datasets/dataset-trash";
import { TRASH_DAYS } from "@/lib/db/bulk/trash";
import { pageActor } from "@/app/_lib/page-access";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { PageHeader } from "@/components/ui/page-header";
import { plural } from "@/components/ui/format";
import { DeletedDatasetsTable } from "@/components/datasets/deleted-datasets-table";

export const metadata: Metadata = { title: "Trash · Datasets" };

// The trash of datasets: the ones deleted in the last 30 days, for leads and admins to
// restore (the purge deletes them for good after that).
export default async function DatasetTrashPage() {
  const actor = await pageActor("datasets.delete");
  const rows = await listDeletedDatasets(actor);
  return (
    <div className="mx-auto max-w-5xl space-y-4">
      <PageHeader
        breadcrumb={<Breadcrumb trail={[{ href: "/", label: "Datasets" }]} />}
        title="Trash"
        wide
        description={
          <>
            {rows.length ? plural(rows.length, "deleted dataset") : "No deleted datasets"}. A deleted dataset is out of every list and page, with everything in
            it, for {TRASH_DAYS} days; restore it here to bring it back as it was. Then it is deleted for good.
          </>
        }
      />
      <DeletedDatasetsTable rows={rows} />
    </div>
  );
}
