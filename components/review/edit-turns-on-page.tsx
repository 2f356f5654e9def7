"use client";

import { useRouter } from "next/navigation";
import type { EditableMessage } from "@/lib/editing/edit-operations";
import { ConversationEditor } from "./conversation-editor";

// The turn editor on the conversation page: saving or leaving returns to the page's
// reading view, refreshed so it shows what is now stored.

type Props = { id: number; version: number; messages: EditableMessage[]; tools: unknown; viewHref: string };

export function EditTurnsOnPage({ viewHref, ...editor }: Props) {
  const router = useRouter();
  const back = () => {
    router.replace(viewHref);
    router.refresh();
  };
  return <ConversationEditor {...editor} onSaved={back} onCancel={back} />;
}
