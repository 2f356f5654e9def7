import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function JudgeNotFound() {
  return (
    <NotFoundPanel title="No evaluation to judge here">
      This evaluation does not exist, or it belongs to a dataset you are not a member of. Ask a lead to add you to the dataset, or pick another evaluation from
      the list.
    </NotFoundPanel>
  );
}
