import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { Actor } from "../db/actor";
import { authorizeConversation } from "../auth/authorize";
import type { Permission } from "../auth/permissions";
import type { ConversationRecord } from "../validation/conversation-record";
import { actionFailure, CONFLICT_ACTION_ERROR, type ActionResult } from "./action-result";
import { boundRecord } from "../long-text/bound-record";

// The one shape of every server action that writes a conversation: parse its schema,
// check the signed-in user may do it in that conversation's dataset, refresh the pages that show the record, and turn errors
// (a stale version above all) into a result the page can word. The actions in
// lib/actions only say which permission, which schema and which write.

type Ref = { id: number; version: number };

export async function conversationAction<S extends z.ZodType<Ref>, T extends object>(
  permission: Permission,
  schema: S,
  input: unknown,
  write: (data: z.infer<S>, actor: Actor) => Promise<ConversationRecord>,
  result: (record: ConversationRecord) => T,
): Promise<ActionResult<T>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return actionFailure(parsed.error);
  try {
    const record = await write(parsed.data, await authorizeConversation(permission, parsed.data.id));
    revalidatePath(`/conversations/${parsed.data.id}`);
    revalidatePath(`/datasets/${record.datasetId}`);
    return { ok: true, ...result(record) };
  } catch (e) {
    const failure = actionFailure(e, CONFLICT_ACTION_ERROR);
    // A conflict shows the colleague's version on the page: bounded like the page itself.
    if (failure.current) failure.current = boundRecord(failure.current as ConversationRecord);
    return failure;
  }
}
