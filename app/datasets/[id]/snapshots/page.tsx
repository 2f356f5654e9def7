import { randomInt } from "node:crypto";
import { listSnapshots } from "@/lib/db/snapshots/list-snapshots";
import { exportStats } from "@/lib/db/conversations/export-conversations";
import { ExportRequestSchema } from "@/lib/validation/export-request";
import { paramsToObject } from "@/lib/validation/conversation-filter";
import { MAX_REPLACEMENT_CHARS } from "@/lib/validation/snapshot-request";
import { SEED_MAX } from "@/lib/fine-tunes/fine-tune-vocabulary";
import { can } from "@/lib/auth/permissions";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/panel";
import { SnapshotsTable } from "@/components/snapshots/snapshots-table";
import { SnapshotForm, type SnapshotScope } from "@/components/snapshots/snapshot-form";
import { filterWords } from "@/components/snapshots/filter-words";
import { ComparePicker } from "@/components/snapshots/compare-picker";
import { datasetForPage, pageActor } from "@/app/_lib/page-access";
import type { DatasetScope } from "@/lib/db/scope";
import { datasetPageTitle, type DatasetPageQueryProps } from "@/app/_lib/dataset-page";

export const generateMetadata = datasetPageTitle("Snapshots");

// A dataset's snapshots and the form that makes one. Opened from "Split or shorten
// prompts…" beside the export buttons, the URL carries the table's filter (in the
// export's terms), offered beside the approved set.
export default async function SnapshotsPage({ params, searchParams }: DatasetPageQueryProps) {
  const { id } = await params;
  const [actor, dataset] = await Promise.all([pageActor("datasets.read", id), datasetForPage(id)]);
  const snapshots = await listSnapshots(dataset.scope);
  const canCreate = can(actor.role, "datasets.snapshot");

  return (
    <div className="space-y-5">
      <PageHeader
        title="Snapshots"
        description="Every export is frozen here: its exact lines, written once, with a manifest of what went in and the SHA-256 of each file. Download one at any time, compare two, and trace a fine-tuned model back to the records that trained it."
      />
      <div className="grid gap-5 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <section aria-label="Snapshot list" className="min-w-0">
          <SnapshotsTable snapshots={snapshots} />
          <ComparePicker snapshots={snapshots} />
        </section>
        {canCreate ? (
          <aside>
            <Section id="new-snapshot" anchor title="New snapshot">
              <SnapshotForm
                datasetId={dataset.id}
                maxReplacement={MAX_REPLACEMENT_CHARS}
                defaultSeed={randomInt(0, SEED_MAX)}
                {...scopesOf(dataset.scope, paramsToObject(await searchParams))}
              />
            </Section>
          </aside>
        ) : null}
      </div>
    </div>
  );
}

/** The approved set, and the filter the page was opened with when it asks for something else. */
function scopesOf(scope: DatasetScope, raw: Record<string, string>): { scopes: SnapshotScope[]; defaultScope: string } {
  const approved: SnapshotScope = {
    value: "approved",
    label: "The approved set",
    records: exportStats(scope, ExportRequestSchema.parse({})).records,
    request: { status: "approved" },
  };
  const parsed = ExportRequestSchema.omit({ allowErrors: true }).safeParse(raw);
  const asked = parsed.success
    ? Object.fromEntries(
        Object.entries(parsed.data)
          .filter(([, v]) => v !== undefined)
          .map(([k, v]) => [k, String(v)]),
      )
    : {};
  const isApproved = Object.keys(asked).length === 1 && asked.status === "approved";
  if (!Object.keys(raw).length || !parsed.success || isApproved) return { scopes: [approved], defaultScope: "approved" };
  const filter: SnapshotScope = {
    value: "filter",
    label: `The current filter: ${filterWords(asked)}`,
    records: exportStats(scope, ExportRequestSchema.parse(asked)).records,
    request: asked,
  };
  return { scopes: [approved, filter], defaultScope: "filter" };
}
