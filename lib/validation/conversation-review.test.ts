import { describe, expect, it } from "vitest";
import { SaveConversationSchema, SavePreferenceSchema } from "./conversation-review";

// The editors' schemas are the only parse a page's save gets, so they bound record
// fields as the patch schema does, before anything walks or writes them.
const nested = (depth: number): unknown => JSON.parse("[".repeat(depth) + "]".repeat(depth));

describe("the editors' schemas", () => {
  it("refuse record fields nested past the limit", () => {
    const chat = SaveConversationSchema.safeParse({ id: 1, version: 1, messages: [{ role: "user", content: "hi", extra: nested(100) }], tools: null });
    expect(chat.error?.issues[0]?.message).toMatch(/^messages\[0\]\.extra.*nested deeper than 64 levels/);
    const pref = SavePreferenceSchema.safeParse({
      id: 1,
      version: 1,
      input: { messages: [] },
      preferred_output: [{ role: "assistant", content: nested(100) }],
      non_preferred_output: [],
    });
    expect(pref.error?.issues[0]?.message).toMatch(/^preferred_output\[0\]\.content.*nested deeper than 64 levels/);
  });

  it("accept an ordinary edit", () => {
    expect(SaveConversationSchema.safeParse({ id: 1, version: 2, messages: [{ role: "user", content: "hi" }], tools: null }).success).toBe(true);
  });
});
