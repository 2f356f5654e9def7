import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function ClusterNotFound() {
  return (
    <NotFoundPanel title="Cluster not found">
      This dataset has no duplicate cluster with this number. A new de-duplication run replaces the clusters of the last one, so an old link can point to one
      that is gone: open the dataset&apos;s Duplicates page for the current ones.
    </NotFoundPanel>
  );
}
