import { db } from "../client";
import { notFound } from "../../errors";
import { toConversationRecord } from "./conversation-record";

const include = { labels: { select: { label: { select: { name: true, color: true } } } } } as const;

export async function getStoredConversation(id: number) {
  const c = Number.isSafeInteger(id)
    ? await db().conversation.findFirst({ where: { id, deletedAt: null }, include })
    : null;
  if (!c) throw notFound(`Conversation ${id}`);
  return c;
}

export async function getConversation(id: number) {
  return toConversationRecord(await getStoredConversation(id));
}

/** Parses the id segment of a URL; anything that is not a positive integer is simply not found. */
export function parseConversationId(raw: string): number {
  const id = /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id) || id < 1) throw notFound(`Conversation ${raw}`);
  return id;
}
