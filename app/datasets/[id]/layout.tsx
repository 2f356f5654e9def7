import type { ReactNode } from "react";
import { countTrash } from "@/lib/db/bulk/trash";
import { unresolvedClusterCount } from "@/lib/db/dedup/list-clusters";
import { countSnapshots } from "@/lib/db/snapshots/list-snapshots";
import { DatasetFrame } from "@/components/datasets/dataset-frame";
import { datasetForPage } from "@/app/_lib/page-access";

// Every page under a dataset: the viewer's access and the dataset are checked here once
// (datasetForPage is cached per render, so a page asking again costs nothing), and the
// frame (trail and the dataset's pages) is drawn here once. A missing dataset, or one the
// viewer is not a member of, stops here with a 404 that app/datasets/not-found.tsx words.

export default async function DatasetLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const dataset = await datasetForPage((await params).id);
  const snapshotCount = await countSnapshots(dataset.scope);
  // Index counts and a figure stored on the run: this runs on every dataset page and after every action.
  const counts = { trashCount: countTrash(dataset.scope), snapshotCount, unresolvedClusters: unresolvedClusterCount(dataset.scope) };
  return <DatasetFrame dataset={{ id: dataset.id, name: dataset.name, ...counts }}>{children}</DatasetFrame>;
}
