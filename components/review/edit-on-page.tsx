"use client";

import { useRouter } from "next/navigation";
import type { EditableMessage } from "@/lib/editing/edit-operations";
import { ConversationEditor } from "./conversation-editor";
import { PreferenceEditor } from "./preference-editor";

// The editors on the conversation page: saving or leaving returns to the page's
// reading view, refreshed so it shows what is now stored. (Review mode hosts the same
// editors and stays on its record instead.)

type Props = { id: number; version: number; viewHref: string } & (
  | { kind: "chat"; messages: EditableMessage[]; tools: unknown }
  | { kind: "preference"; record: { input?: unknown; preferred_output?: unknown; non_preferred_output?: unknown } }
);

export function EditOnPage(props: Props) {
  const router = useRouter();
  const back = () => {
    router.replace(props.viewHref);
    router.refresh();
  };
  if (props.kind === "preference") {
    return <PreferenceEditor id={props.id} version={props.version} record={props.record} onSaved={back} onCancel={back} />;
  }
  return <ConversationEditor id={props.id} version={props.version} messages={props.messages} tools={props.tools} onSaved={back} onCancel={back} />;
}
