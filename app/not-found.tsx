import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function NotFound() {
  return (
    <NotFoundPanel title="Page not found">
      There is nothing at this address. It may have been a dataset or conversation that was deleted, or a mistyped link.
    </NotFoundPanel>
  );
}
