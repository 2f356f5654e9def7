import { afterAll, describe, expect, it } from "vitest";
import { importText } from "../../test/import-helpers";
import { closeDb, db } from "../client";
import { commandLineActor } from "../actor";
import { getConversation } from "../conversations/get-conversation";
import { listRevisions } from "../conversations/revisions";
import { applyBulkAction } from "./apply-bulk-action";
import { undoBulkOperation } from "./undo-bulk-operation";
import { BulkRequestSchema } from "../../validation/bulk";
import { scopeOf, conversationScope } from "../../test/test-scope";

afterAll(closeDb);

const firstText = async (id: number) => ((await getConversation(conversationScope(id), id)) as { messages: { content: string }[] }).messages[0].content;
const chat = (user: string, assistant = "Noted.") =>
  JSON.stringify({
    messages: [
      { role: "user", content: user },
      { role: "assistant", content: assistant },
    ],
  });

describe("bulk redaction of personal data", () => {
  it("previews, redacts with typed placeholders (one revision per record), and undoes", async () => {
    const { dataset } = await importText(
      "redact",
      [chat("Mail me at jane.doe@example.com or call +1 415 555 0100."), chat("What is the weather like?"), chat("My card is 4111 1111 1111 1111")].join("\n"),
    );
    const ids = (await db().conversation.findMany({ where: { datasetId: dataset.id }, orderBy: { id: "asc" }, select: { id: true } })).map((c) => c.id);
    const actor = await commandLineActor();
    const request = { selection: { filter: {} }, action: { type: "redact_pii" as const } };

    const preview = await applyBulkAction(scopeOf(dataset.id), BulkRequestSchema.parse({ ...request, preview: true }), actor);
    if (!("preview" in preview)) throw new Error("expected a preview");
    expect(preview.preview).toMatchObject({ records: 2, occurrences: 3, summary: "Redacted personal data in 2 conversations (3 items)." });
    expect(preview.preview.samples[0]).toMatchObject({ id: ids[0], before: "Mail me at ", found: "jane.doe@example.com", replaced: "[EMAIL]" });
    expect((await getConversation(conversationScope(ids[0]), ids[0])).version).toBe(1); // a preview writes nothing

    const done = await applyBulkAction(scopeOf(dataset.id), BulkRequestSchema.parse(request), actor);
    if (!("operation" in done)) throw new Error("expected an operation");
    expect(await firstText(ids[0])).toBe("Mail me at [EMAIL] or call [PHONE].");
    expect(await firstText(ids[2])).toBe("My card is [CREDIT_CARD]");
    expect((await getConversation(conversationScope(ids[1]), ids[1])).version).toBe(1);
    expect((await listRevisions(conversationScope(ids[0]), ids[0]))[0].summary).toBe("bulk: redacted personal data");

    await undoBulkOperation(scopeOf(dataset.id), done.operation.id, actor);
    expect(await firstText(ids[0])).toBe("Mail me at jane.doe@example.com or call +1 415 555 0100.");
  });
});
