import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function SnapshotNotFound() {
  return <NotFoundPanel title="Snapshot not found">No snapshot has this address, or it belongs to a dataset you are not a member of.</NotFoundPanel>;
}
