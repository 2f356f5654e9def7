import { Section } from "@/components/ui/panel";
import { FactList } from "@/components/ui/fact-list";
import { formatDateTime } from "@/components/ui/format";
import { DatasetEditForm } from "./dataset-edit-form";
import { DeleteDatasetButton } from "./delete-dataset-button";

// The settings page's first and last sections: what the dataset is called and says it is
// for (leads and admins rename and describe it here), and deleting it into the trash of
// datasets. Others read the same facts without the controls.

type Dataset = { id: string; name: string; description: string; createdAt: Date };

export function AboutSection({ dataset, canEdit }: { dataset: Dataset; canEdit: boolean }) {
  const facts: [string, React.ReactNode][] = [
    ["Created", formatDateTime(dataset.createdAt)],
    [
      "ID",
      <span key="id" className="font-mono text-xs leading-5">
        {dataset.id}
      </span>,
    ],
  ];
  return (
    <Section id="about" title="Name and description" padding={5} titleClassName="mb-3">
      {canEdit ? (
        <DatasetEditForm datasetId={dataset.id} name={dataset.name} description={dataset.description} />
      ) : (
        <FactList
          className="grid grid-cols-[10rem_1fr] gap-y-1.5 text-sm"
          facts={[
            ["Name", dataset.name],
            ["Description", dataset.description || <span className="text-zinc-500">None</span>],
          ]}
        />
      )}
      <FactList className="mt-4 grid grid-cols-[10rem_1fr] gap-y-1.5 border-t border-zinc-100 pt-3 text-sm" facts={facts} />
    </Section>
  );
}

export function DeleteSection({ dataset, days }: { dataset: Dataset; days: number }) {
  return (
    <Section
      id="delete"
      title="Delete this dataset"
      padding={5}
      description={`It moves to the trash of datasets (the Trash link above the list of datasets) for ${days} days, restorable there; then it is deleted for good with its conversations, snapshots, fine-tunes and evaluations.`}
      descriptionClassName="mb-3"
    >
      <DeleteDatasetButton datasetId={dataset.id} name={dataset.name} days={days} />
    </Section>
  );
}
