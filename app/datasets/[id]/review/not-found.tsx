import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function ReviewNotFound() {
  return (
    <NotFoundPanel title="Nothing to review here">
      This dataset, or the conversation this review link points to, does not exist any more. Go back to the datasets and open review from the table.
    </NotFoundPanel>
  );
}
