import { afterAll, describe, expect, it } from "vitest";
import { closeDb, db, sqlite } from "../../db/client";
import { commandLineActor } from "../../db/actor";
import type { Actor } from "../../auth/actor";
import { importText } from "../../test/import-helpers";
import { applyBulkAction } from "../../db/bulk/apply-bulk-action";
import { undoBulkOperation } from "../../db/bulk/undo-bulk-operation";
import { restoreRevision } from "../../db/conversations/restore-revision";
import { updateConversation } from "../../db/conversations/update-conversation";
import { createDedupRun, executeDedupRun } from "../dedup/run-dedup";
import { listClusters } from "../../db/dedup/list-clusters";
import { resolveAllExact } from "../../db/dedup/resolve-clusters";
import { setTargetModel } from "../../db/datasets/set-target-model";
import { setUserDisabled, setUserRole } from "../../db/users/users";
import { createApiToken, revokeApiToken } from "../../db/auth/api-tokens";
import { createAccount, createResetLink } from "../accounts/accounts";
import { ExportRequestSchema } from "../../validation/export-request";
import { recordExport } from "../../db/audit/record-export";
import { ConversationPatchSchema } from "../../validation/conversation-patch";
import { AccountCreateSchema } from "../../validation/accounts";
import { BulkRequestSchema } from "../../validation/bulk";
import { DedupRequestSchema } from "../../validation/dedup";
import { scopeOf, conversationScope, runScope } from "../../test/test-scope";

// Each write point leaves its event, by the user who acted, in the right dataset.

afterAll(closeDb);

type Event = {
  action: string;
  actorName: string;
  datasetId: string | null;
  targetType: string | null;
  targetId: string | null;
  summary: string;
  detail: string | null;
};
const since = (id: number) => sqlite().prepare(`SELECT * FROM AuditEvent WHERE id > ? ORDER BY id`).all(id) as Event[];
const lastId = () => sqlite().prepare(`SELECT coalesce(max(id), 0) FROM AuditEvent`).pluck().get() as number;
const brief = (events: Event[]) => events.map((e) => [e.action, e.actorName, e.summary]);

const line = (q: string) =>
  JSON.stringify({
    messages: [
      { role: "user", content: q },
      { role: "assistant", content: `About ${q}.` },
    ],
  });

async function person(name: string, role: "lead" | "admin" = "lead"): Promise<Actor & { email: string }> {
  const u = await db().user.create({ data: { email: `${name.toLowerCase()}@example.com`, name, role }, select: { id: true, email: true, name: true } });
  return { ...u, role };
}

describe("what Tuneset records in the audit log", () => {
  it("records saves part by part, and a restore as one event", async () => {
    const { dataset } = await importText("saves", `${line("one")}\n`);
    const [c] = await db().conversation.findMany({ where: { datasetId: dataset.id }, select: { id: true } });
    const lena = await person("Lena");
    const from = lastId();
    await updateConversation(
      conversationScope(c.id),
      c.id,
      ConversationPatchSchema.parse({ version: 1, raw: line("uno"), status: "rejected", note: "wrong language" }),
      lena,
    );
    await restoreRevision(conversationScope(c.id), c.id, 1, 2, lena);
    expect(brief(since(from))).toEqual([
      ["conversation.edited", "Lena", `Edited the JSON of conversation #${c.id}.`],
      ["conversation.status_set", "Lena", `Set conversation #${c.id} from Pending to Rejected.`],
      ["conversation.note_set", "Lena", `Wrote a note on conversation #${c.id}.`],
      ["conversation.restored", "Lena", `Restored conversation #${c.id} to version 1.`],
    ]);
    expect(since(from).every((e) => e.datasetId === dataset.id && e.targetId === String(c.id))).toBe(true);
  });

  it("records a bulk change and its undo, and nothing for a preview", async () => {
    const { dataset } = await importText("bulk", [line("a"), line("b")].join("\n"));
    const otto = await person("Otto");
    const from = lastId();
    await applyBulkAction(
      scopeOf(dataset.id),
      BulkRequestSchema.parse({ selection: { filter: {} }, action: { type: "set_status", status: "approved" }, preview: true }),
      otto,
    );
    expect(since(from)).toEqual([]);
    const out = await applyBulkAction(
      scopeOf(dataset.id),
      BulkRequestSchema.parse({ selection: { filter: {} }, action: { type: "set_status", status: "approved" } }),
      otto,
    );
    if (!("operation" in out)) throw new Error("expected an operation");
    await undoBulkOperation(scopeOf(dataset.id), out.operation.id, otto);
    expect(brief(since(from))).toEqual([
      ["bulk.applied", "Otto", "Set the status of 2 conversations to Approved."],
      ["bulk.undone", "Otto", "Undid: Set the status of 2 conversations to Approved (2 conversations put back)."],
    ]);
    expect(since(from).map((e) => e.targetId)).toEqual([out.operation.id, out.operation.id]);
  });

  it("records a de-duplication run and the resolution of its clusters", async () => {
    const { dataset } = await importText("dedup", [line("same"), line("same"), line("other")].join("\n"));
    const actor = await commandLineActor();
    const from = lastId();
    const spec = await createDedupRun(scopeOf(dataset.id), DedupRequestSchema.parse({}), actor);
    await executeDedupRun(spec);
    expect(listClusters(runScope(spec.runId), spec.runId)).toHaveLength(1);
    await resolveAllExact(scopeOf(dataset.id), spec.runId, false, actor);
    const events = since(from);
    expect(brief(events)).toEqual([
      ["dedup.run_started", "Command line", "Started de-duplication of dedup."],
      ["dedup.resolved", "Command line", "Resolved a duplicate cluster: marked 1 record as duplicate."],
    ]);
    expect(events[0]).toMatchObject({ targetType: "dedup_run", targetId: spec.runId, datasetId: dataset.id });
  });

  it("records a target model change and an export", async () => {
    const { dataset } = await importText("settings", `${line("x")}\n`);
    const lena = await person("Lena2");
    const from = lastId();
    await setTargetModel(scopeOf(dataset.id), { targetModel: "gpt-4.1-mini-2025-04-14" }, lena);
    await setTargetModel(scopeOf(dataset.id), { targetModel: "gpt-4.1-mini-2025-04-14" }, lena);
    recordExport(lena, dataset, ExportRequestSchema.parse({}), 1, "http");
    expect(brief(since(from))).toEqual([
      ["dataset.settings_changed", "Lena2", "Changed the target model of settings from gpt-4o-mini-2024-07-18 to gpt-4.1-mini-2025-04-14."],
      ["export.downloaded", "Lena2", "Exported 1 approved record of settings."],
    ]);
    expect(JSON.parse(since(from)[1].detail!)).toEqual({ filter: { status: "approved" }, records: 1, via: "http" });
  });

  it("records role and account changes, and API tokens, but not changes that change nothing", async () => {
    const admin = await person("Ada", "admin");
    const bob = await person("Bob");
    const from = lastId();
    await setUserRole(admin, bob.id, "annotator");
    await setUserRole(admin, bob.id, "annotator");
    await setUserDisabled(admin, bob.id, true);
    await setUserDisabled(admin, bob.id, false);
    const { info } = await createApiToken(bob, { name: "ci", role: "viewer" }, admin);
    await revokeApiToken(admin, info.id);
    await revokeApiToken(admin, info.id);
    expect(brief(since(from))).toEqual([
      ["user.role_changed", "Ada", "Changed the role of bob@example.com from Lead to Annotator."],
      ["user.disabled", "Ada", "Turned off the account bob@example.com: signed out everywhere, its API tokens revoked."],
      ["user.enabled", "Ada", "Turned the account bob@example.com back on."],
      ["token.created", "Ada", "Created the API token “ci” (Viewer) for bob@example.com."],
      ["token.revoked", "Ada", "Revoked the API token “ci” of bob@example.com."],
    ]);
    expect(since(from).every((e) => e.datasetId === null)).toBe(true);
  });

  it("records new accounts and the reset links handed out for them", async () => {
    const actor = await commandLineActor();
    const from = lastId();
    const cleo = await createAccount(
      AccountCreateSchema.parse({ email: "cleo@example.com", name: "Cleo", role: "viewer", password: "a long enough password" }),
      actor,
    );
    await createResetLink(cleo.id, "http://tuneset.test", actor);
    expect(brief(since(from))).toEqual([
      ["user.created", "Command line", "Created the account cleo@example.com (Viewer)."],
      ["user.reset_link_issued", "Command line", "Issued a password reset link for cleo@example.com."],
    ]);
  });
});
