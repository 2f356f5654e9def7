import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function DatasetTrashNotFound() {
  return <NotFoundPanel title="Dataset not found">There is no trash to show: no dataset has this address. It may have been deleted.</NotFoundPanel>;
}
