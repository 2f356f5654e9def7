import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function DatasetSettingsNotFound() {
  return <NotFoundPanel title="Dataset not found">There are no settings to show: no dataset has this address. It may have been deleted.</NotFoundPanel>;
}
