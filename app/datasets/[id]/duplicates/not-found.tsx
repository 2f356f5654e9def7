import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function DuplicatesNotFound() {
  return <NotFoundPanel title="Dataset not found">There are no duplicates to show: no dataset has this address. It may have been deleted.</NotFoundPanel>;
}
