import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../client";
import { commandLineActor } from "../actor";
import type { Actor } from "../../auth/actor";
import { createDataset } from "../datasets/create-dataset";
import { updateConversation } from "../conversations/update-conversation";
import { importText } from "../../test/import-helpers";
import type { Role } from "../../auth/roles";
import { AuditQuerySchema, type AuditQuery } from "../../validation/audit-query";
import { recordAudit } from "./record-audit";
import { listAuditEvents } from "./list-audit";
import { auditFilterOptions } from "./audit-filter-options";
import { ConversationPatchSchema } from "../../validation/conversation-patch";
import { DatasetCreateSchema } from "../../validation/dataset";
import { conversationScope } from "../../test/test-scope";

async function user(name: string, role: Role): Promise<Actor> {
  const u = await db().user.create({ data: { email: `${name.toLowerCase()}@example.com`, name, role }, select: { id: true, email: true, name: true } });
  return { ...u, role };
}

const list = (q: Partial<AuditQuery>, viewer: Actor) => listAuditEvents(AuditQuerySchema.parse(q), viewer);
const summaries = async (q: Partial<AuditQuery>, viewer: Actor) => (await list(q, viewer)).events.map((e) => e.summary);

let admin: Actor, lead: Actor, otherLead: Actor, annotator: Actor;
let a: { id: string }, b: { id: string };

beforeAll(async () => {
  admin = await commandLineActor();
  [lead, otherLead, annotator] = await Promise.all([user("Lena", "lead"), user("Otto", "lead"), user("Anna", "annotator")]);
  a = await createDataset(DatasetCreateSchema.parse({ name: "support" }), admin);
  b = await createDataset(DatasetCreateSchema.parse({ name: "billing" }), admin);
  await db().datasetMember.createMany({
    data: [
      { datasetId: a.id, userId: lead.id },
      { datasetId: a.id, userId: annotator.id },
      { datasetId: b.id, userId: otherLead.id },
    ],
  });
  recordAudit({ actor: annotator, action: "conversation.status_set", datasetId: a.id, summary: "Anna decided in support." });
  recordAudit({ actor: otherLead, action: "bulk.applied", datasetId: b.id, summary: "Otto changed billing." });
  recordAudit({ actor: admin, action: "user.role_changed", targetType: "user", targetId: otherLead.id, summary: "Made Otto a lead." });
  recordAudit({ actor: lead, action: "token.created", summary: "Lena made a token." });
});

describe("who reads what in the audit log", () => {
  it("shows an admin every event, newest first", async () => {
    expect(await summaries({}, admin)).toEqual([
      "Lena made a token.",
      "Made Otto a lead.",
      "Otto changed billing.",
      "Anna decided in support.",
      "Created the dataset billing for gpt-4o-mini-2024-07-18.",
      "Created the dataset support for gpt-4o-mini-2024-07-18.",
    ]);
  });

  it("shows a lead their datasets' events and their own, not other datasets or user administration", async () => {
    expect(await summaries({}, lead)).toEqual(["Lena made a token.", "Anna decided in support.", "Created the dataset support for gpt-4o-mini-2024-07-18."]);
    // Asking for another dataset by id finds nothing rather than its events.
    expect(await summaries({ dataset: b.id }, lead)).toEqual([]);
    expect(await summaries({ actor: otherLead.id }, lead)).toEqual([]);
  });

  it("refuses annotators and viewers", async () => {
    await expect(list({}, annotator)).rejects.toThrow(/Only leads and admins/);
  });

  it("offers a lead only the people and datasets they can see in the filter", async () => {
    const options = await auditFilterOptions(lead);
    expect(options.datasets.map((d) => d.name)).toEqual(["support"]);
    expect(options.users.map((u) => u.name)).toEqual(["Anna", "Command line", "Lena"]);
    expect((await auditFilterOptions(admin)).users.map((u) => u.name)).toEqual(["Anna", "Command line", "Lena", "Otto"]);
  });
});

describe("filtering and paging the audit log", () => {
  it("filters by user, action, dataset and days, and names the dataset", async () => {
    const [only] = (await list({ actor: annotator.id, action: "conversation.status_set", dataset: a.id }, admin)).events;
    expect(only).toMatchObject({
      summary: "Anna decided in support.",
      actor: { name: "Anna" },
      actionLabel: "Set a status",
      dataset: { id: a.id, name: "support" },
    });
    const today = new Date().toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    expect(await summaries({ from: today, to: today, action: "bulk.applied" }, admin)).toEqual(["Otto changed billing."]);
    expect(await summaries({ from: tomorrow }, admin)).toEqual([]);
    expect(await summaries({ to: yesterday }, admin)).toEqual([]);
  });

  it("records a real import and decision, with who did them", async () => {
    const { dataset } = await importText(
      "audited",
      JSON.stringify({
        messages: [
          { role: "user", content: "hi" },
          { role: "assistant", content: "hello" },
        ],
      }) + "\n",
    );
    const [row] = await db().conversation.findMany({ where: { datasetId: dataset.id }, select: { id: true } });
    await updateConversation(conversationScope(row.id), row.id, ConversationPatchSchema.parse({ version: 1, status: "approved" }), lead);
    const events = (await list({ dataset: dataset.id }, admin)).events;
    expect(events.map((e) => [e.action, e.actor.name, e.summary])).toEqual([
      ["conversation.status_set", "Lena", `Set conversation #${row.id} from Pending to Approved.`],
      [
        "import.finished",
        "Command line",
        expect.stringMatching(/^Imported test\.jsonl \(\w{3} \d+, \d{4}, [\d:]+ [AP]M UTC\) into audited: 1 record, 0 invalid\.$/),
      ],
      ["dataset.created", "Command line", "Created the dataset audited for gpt-4o-mini-2024-07-18."],
    ]);
  });

  it("pages by id in both directions without losing or repeating an event", async () => {
    for (let i = 1; i <= 120; i++) recordAudit({ actor: annotator, action: "conversation.edited", datasetId: a.id, summary: `edit ${i}` });
    const q = { action: "conversation.edited" as const };
    const first = await list(q, lead);
    expect(first.events).toHaveLength(50);
    expect(first.events[0].summary).toBe("edit 120");
    expect(first.prev).toBeNull();
    const second = await list({ ...q, cursor: first.next! }, lead);
    const third = await list({ ...q, cursor: second.next! }, lead);
    expect(third.events.map((e) => e.summary)).toEqual(Array.from({ length: 20 }, (_, i) => `edit ${20 - i}`));
    expect(third.next).toBeNull();
    const back = await list({ ...q, cursor: third.prev! }, lead);
    expect(back.events.map((e) => e.id)).toEqual(second.events.map((e) => e.id));
    const backToStart = await list({ ...q, cursor: back.prev! }, lead);
    expect(backToStart.events.map((e) => e.id)).toEqual(first.events.map((e) => e.id));
    expect(backToStart.prev).toBeNull();
    expect(backToStart.next).toBe(first.next);
  });
});
