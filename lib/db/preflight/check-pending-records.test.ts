import { afterAll, describe, expect, it } from "vitest";
import { importText } from "../../test/import-helpers";
import { closeDb, db, sqlite } from "../client";
import { commandLineActor } from "../actor";
import { setTargetModel } from "../datasets/set-target-model";
import { runBackgroundWorkUntilIdle } from "../../test/background-work";
import { pendingCheckCount } from "./check-pending-records";
import { recordChecks } from "./record-checks";
import { patchConversation } from "../../test/patch-conversation";
import { turn } from "../../test/turns";
import { scopeOf, conversationScope } from "../../test/test-scope";

afterAll(closeDb);

const chat = (user: string, assistant: string, system?: string) =>
  JSON.stringify({
    messages: [...(system ? [{ role: "system", content: system }] : []), { role: "user", content: user }, { role: "assistant", content: assistant }],
  });

async function seeded(name: string, lines: string[]) {
  const { dataset } = await importText(name, lines.join("\n"));
  const ids = (await db().conversation.findMany({ where: { datasetId: dataset.id }, orderBy: { id: "asc" }, select: { id: true } })).map((c) => c.id);
  return { datasetId: dataset.id, ids };
}

const row = (id: number) =>
  sqlite()
    .prepare(`SELECT tokens, assistantTokens, findingCodes, errorCount, pii, language, signals, systemHash, checkedAt FROM Conversation WHERE id = ?`)
    .get(id) as Record<string, unknown>;

describe("the background check", () => {
  it("stores findings, tokens and quality signals for every record, invalid ones included", async () => {
    const { datasetId, ids } = await seeded("checks stored", [
      chat(
        "Write to jane.doe@example.com about the invoice, please.",
        "Sure, I will write the message to her today.<|endoftext|>",
        "You are a billing assistant.",
      ),
      chat("How do I pick a good password for my bank account?", "I'm sorry, but I can't help with that."),
      "{not json",
    ]);
    expect(pendingCheckCount(scopeOf(datasetId))).toBe(3);
    await runBackgroundWorkUntilIdle();
    expect(pendingCheckCount(scopeOf(datasetId))).toBe(0);

    const first = row(ids[0]);
    expect(first).toMatchObject({ errorCount: 1, pii: ",email,", language: "en" });
    expect(String(first.findingCodes)).toContain(",special_token,");
    expect(String(first.findingCodes)).toContain(",pii,");
    expect(first.tokens).toBeGreaterThan(first.assistantTokens as number);
    expect(first.systemHash).toMatch(/^[0-9a-f]{16}$/);

    const second = row(ids[1]);
    expect(second).toMatchObject({ errorCount: 0, signals: ",refusal,", systemHash: null });
    expect(String(second.findingCodes)).toContain(",no_system_message,");

    // An invalid line gets its error code but no token count (it is not a training example).
    expect(row(ids[2])).toMatchObject({ findingCodes: ",invalid_json,", errorCount: 1, tokens: null });
    expect(recordChecks(conversationScope(ids[0]), ids[0])?.findings.find((f) => f.code === "special_token")).toMatchObject({ path: "messages[2].content" });
  });

  it("checks a record again when its text changes, and not when only its status does", async () => {
    const { ids } = await seeded("checks again", [chat("What is in the box?", "A cat.<|endoftext|>")]);
    await runBackgroundWorkUntilIdle();
    const actor = await commandLineActor();
    await patchConversation(ids[0], { version: 1, status: "rejected" }, actor);
    expect(row(ids[0]).checkedAt).not.toBeNull();

    await patchConversation(
      ids[0],
      {
        version: 2,
        messages: [turn("user", "What is in the box?"), turn("assistant", "A cat.")],
      },
      actor,
    );
    expect(row(ids[0])).toMatchObject({ checkedAt: null });
    await runBackgroundWorkUntilIdle();
    expect(row(ids[0])).toMatchObject({ errorCount: 0 });
    expect(String(row(ids[0]).findingCodes)).not.toContain("special_token");
  });

  it("checks every record again under a new target model", async () => {
    const long = "word ".repeat(5000);
    const { datasetId, ids } = await seeded("checks model", [chat("Summarise this text for me, please.", long)]);
    await runBackgroundWorkUntilIdle();
    expect(String(row(ids[0]).findingCodes)).not.toContain("over_token_limit");

    await setTargetModel(scopeOf(datasetId), { targetModel: "gpt-3.5-turbo-0613" }, await commandLineActor());
    expect(pendingCheckCount(scopeOf(datasetId))).toBe(1);
    await runBackgroundWorkUntilIdle();
    expect(String(row(ids[0]).findingCodes)).toContain(",over_token_limit,");
  });
});
