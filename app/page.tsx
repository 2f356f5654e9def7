import type { Metadata } from "next";
import { listDatasets } from "@/lib/db/datasets/list-datasets";
import { pageActor } from "@/app/_lib/page-access";
import { DatasetsTable } from "@/components/datasets/datasets-table";
import { DatasetsEmptyState } from "@/components/datasets/empty-state";
import { NewDatasetForm } from "@/components/datasets/new-dataset-form";
import { modelOptions } from "@/components/datasets/model-options";
import { DEFAULT_TARGET_MODEL } from "@/lib/models/fine-tunable-models";
import { plural } from "@/components/ui/format";
import { panelClasses } from "@/components/ui/panel";

export const metadata: Metadata = { title: "Datasets" };

export default async function DatasetsPage() {
  const actor = await pageActor();
  const datasets = await listDatasets(actor);
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <section aria-labelledby="datasets-heading" className="min-w-0">
        <div className="mb-3 flex items-baseline justify-between">
          <h1 id="datasets-heading" className="text-lg font-semibold tracking-tight">
            Datasets
          </h1>
          {datasets.length ? <p className="text-sm text-zinc-500">{plural(datasets.length, "dataset")}</p> : null}
        </div>
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
