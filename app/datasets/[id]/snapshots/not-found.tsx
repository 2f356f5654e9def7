import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function SnapshotsNotFound() {
  return <NotFoundPanel title="Dataset not found">There are no snapshots to show: no dataset has this address. It may have been deleted.</NotFoundPanel>;
}
