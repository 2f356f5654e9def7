import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function DatasetNotFound() {
  return (
    <NotFoundPanel title="Dataset not found">
      No dataset has this address. It may have been deleted, or the link was copied incompletely. Pick one from the list.
    </NotFoundPanel>
  );
}
