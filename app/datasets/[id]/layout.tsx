import type { ReactNode } from "react";
import { countTrash } from "@/lib/db/bulk/trash";
import { clusterCounts, latestRun } from "@/lib/db/dedup/list-clusters";
import { countSnapshots } from "@/lib/db/snapshots/list-snapshots";
import { DatasetFrame } from "@/components/datasets/dataset-frame";
import { datasetForPage } from "@/app/_lib/page-access";
import type { DatasetScope } from "@/lib/db/scope";

// Every page under a dataset: the viewer's access and the dataset are checked here once
// (datasetForPage is cached per render, so a page asking again costs nothing), and the
// frame (trail and the dataset's pages) is drawn here once. A missing dataset, or one the
// viewer is not a member of, stops here with a 404 that app/datasets/not-found.tsx words.

export default async function DatasetLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const dataset = await datasetForPage((await params).id);
  const [snapshotCount, clusters] = await Promise.all([countSnapshots(dataset.scope), unresolvedClusters(dataset.scope)]);
  return (
    <DatasetFrame dataset={{ id: dataset.id, name: dataset.name, trashCount: countTrash(dataset.scope), snapshotCount, unresolvedClusters: clusters }}>
      {children}
    </DatasetFrame>
  );
}

/** For the Duplicates link: unresolved clusters of the latest finished run, or null without one. */
async function unresolvedClusters(scope: DatasetScope): Promise<number | null> {
  const run = await latestRun(scope);
  if (run?.status !== "done") return null;
  const counts = clusterCounts(scope, run.id);
  return counts.exact.unresolved.clusters + counts.near.unresolved.clusters;
}
