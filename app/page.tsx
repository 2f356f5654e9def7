import type { Metadata } from "next";
import Link from "next/link";
import { listDatasets } from "@/lib/db/datasets/list-datasets";
import { listDeletedDatasets } from "@/lib/db/datasets/dataset-trash";
import { can } from "@/lib/auth/permissions";
import { pageActor } from "@/app/_lib/page-access";
import { DatasetsTable } from "@/components/datasets/datasets-table";
import { DatasetsEmptyState } from "@/components/datasets/empty-state";
import { NewDatasetForm } from "@/components/datasets/new-dataset-form";
import { modelOptions } from "@/components/datasets/model-options";
import { DEFAULT_TARGET_MODEL } from "@/lib/models/fine-tunable-models";
import { formatDateTime, plural } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { panelClasses } from "@/components/ui/panel";
import { buttonClasses } from "@/components/ui/button";

export const metadata: Metadata = { title: "Datasets" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DatasetsPage({ searchParams }: Props) {
  const actor = await pageActor();
  const datasets = await listDatasets(actor);
  // Leads and admins delete datasets and restore them: the trash is theirs.
  const deleted = can(actor.role, "datasets.delete") ? await listDeletedDatasets(actor) : null;
  const justDeletedId = (await searchParams).deleted;
  const justDeleted = deleted?.find((d) => d.id === justDeletedId);
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <section aria-labelledby="datasets-heading" className="min-w-0 space-y-3">
        <div className="flex items-baseline justify-between gap-3">
          <h1 id="datasets-heading" className="text-lg font-semibold tracking-tight">
            Datasets
          </h1>
          <div className="flex items-baseline gap-3">
            {datasets.length ? <p className="text-sm text-zinc-600">{plural(datasets.length, "dataset")}</p> : null}
            {deleted ? (
              <Link href="/datasets/trash" className={buttonClasses("ghost", "sm")} title="Deleted datasets, kept for 30 days and restorable">
                Trash ({deleted.length})
              </Link>
            ) : null}
          </div>
        </div>
        {justDeleted ? (
          <Notice tone="success">
            Deleted {justDeleted.name}. It stays in the{" "}
            <Link href="/datasets/trash" className="font-medium underline">
              trash
            </Link>{" "}
            until {formatDateTime(justDeleted.purgeAt)}, where you can restore it.
          </Notice>
        ) : null}
        {datasets.length ? <DatasetsTable datasets={datasets} /> : <DatasetsEmptyState />}
      </section>
      <aside aria-labelledby="new-dataset-heading" className={panelClasses(4, "h-fit")}>
        <h2 id="new-dataset-heading" className="mb-3 text-sm font-semibold">
          New dataset
        </h2>
        <NewDatasetForm models={modelOptions()} defaultModel={DEFAULT_TARGET_MODEL} />
      </aside>
    </div>
  );
}
