import { afterAll, describe, expect, it } from "vitest";
import { importText } from "../../test/import-helpers";
import { closeDb, db, sqlite } from "../client";
import { runBackgroundWorkUntilIdle } from "../../test/background-work";
import { ConversationFilterSchema } from "../../validation/conversation-filter";
import { countConversations } from "./list-conversations";
import { scopeOf } from "../../test/test-scope";

afterAll(closeDb);

const chat = (user: string, assistant: string, system?: string) =>
  JSON.stringify({
    messages: [...(system ? [{ role: "system", content: system }] : []), { role: "user", content: user }, { role: "assistant", content: assistant }],
  });

describe("the table's quality filters", () => {
  it("filter on findings, personal data, signals, language, system prompt, token ranges and outliers", async () => {
    const normal = Array.from({ length: 24 }, (_, i) =>
      chat(`Where is my parcel number ${i}? It was due on Monday.`, `It left the depot this morning and arrives tomorrow, parcel ${i}.`, "You are a courier."),
    );
    const { dataset } = await importText(
      "quality filters",
      [
        ...normal,
        chat("Please e-mail jane.doe@example.com the tracking link for my order.", "Done, the link is on its way to her now.", "You are a courier."),
        chat("Can you tell me how to open the locker without the code?", "I'm sorry, but I can't help with that."),
        chat("Où est mon colis ? Il devait arriver lundi dernier.", "Votre colis a quitté le dépôt ce matin et arrivera demain.", "You are a courier."),
        chat("Paste the whole manual.", "manual ".repeat(3000), "You are a courier."),
        chat("Tell me the marker.", "Here: <|endoftext|>", "You are a courier."),
      ].join("\n"),
    );
    await runBackgroundWorkUntilIdle();
    const count = (f: Record<string, string>) => countConversations(scopeOf(dataset.id), ConversationFilterSchema.parse(f));
    const systemHash = sqlite()
      .prepare(`SELECT systemHash FROM Conversation WHERE datasetId = ? AND systemHash IS NOT NULL LIMIT 1`)
      .pluck()
      .get(dataset.id) as string;
    const long = await db().conversation.findFirst({ where: { datasetId: dataset.id }, orderBy: { tokens: "desc" }, select: { tokens: true } });

    expect(await count({ check: "errors" })).toBe(1);
    expect(await count({ check: "special_token" })).toBe(1);
    expect(await count({ check: "no_system_message" })).toBe(1);
    expect(await count({ pii: "any" })).toBe(1);
    expect(await count({ pii: "email" })).toBe(1);
    expect(await count({ pii: "phone" })).toBe(0);
    expect(await count({ signal: "refusal" })).toBe(1);
    expect(await count({ language: "fr" })).toBe(1);
    expect(await count({ system: systemHash })).toBe(28);
    expect(await count({ system: "none" })).toBe(1);
    expect(await count({ tokensMin: String(long!.tokens), tokensMax: String(long!.tokens! + 1) })).toBe(1);
    expect(await count({ signal: "outlier" })).toBe(1);
    expect(await count({ turnsMin: "3" })).toBe(28);
  });

  it("explains a malformed filter value", () => {
    expect(ConversationFilterSchema.safeParse({ language: "English" }).error?.issues[0].message).toBe("language must be a language code such as en, or und");
    expect(ConversationFilterSchema.safeParse({ tokensMin: "-3" }).error?.issues[0].message).toBe("tokensMin must be 0 or more");
    expect(ConversationFilterSchema.safeParse({ check: "nonsense" }).success).toBe(false);
  });
});
