import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function ConversationNotFound() {
  return (
    <NotFoundPanel title="Conversation not found">
      No conversation has this address. It may have been deleted, or the link points to a number that was never used. Go back to its dataset and pick another.
    </NotFoundPanel>
  );
}
