import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function StatsNotFound() {
  return <NotFoundPanel title="Dataset not found">There are no statistics to show: no dataset has this address. It may have been deleted.</NotFoundPanel>;
}
