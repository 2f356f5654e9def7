import { describe, expect, it } from "vitest";
import { systemPromptHash, systemPromptText } from "./system-prompt";

const chat = (system: unknown) => ({
  messages: [
    { role: "system", content: system },
    { role: "user", content: "Hi" },
  ],
});

describe("system prompts", () => {
  it("reads the first system message of a chat or a preference record, parts joined", () => {
    expect(systemPromptText(chat("Be brief."))).toBe("Be brief.");
    expect(
      systemPromptText(
        chat([
          { type: "text", text: "Be" },
          { type: "text", text: "brief." },
        ]),
      ),
    ).toBe("Be brief.");
    expect(systemPromptText({ input: { messages: [{ role: "system", content: "Be kind." }] } })).toBe("Be kind.");
    expect(systemPromptText({ messages: [{ role: "user", content: "Hi" }] })).toBeNull();
  });

  it("gives prompts written alike one hash and any other wording another", () => {
    expect(systemPromptHash(chat("Be brief."))).toBe(systemPromptHash({ input: { messages: [{ role: "system", content: "Be brief." }] } }));
    expect(systemPromptHash(chat("Be brief."))).not.toBe(systemPromptHash(chat("Be brief!")));
    expect(systemPromptHash(chat("Be brief."))).toMatch(/^[0-9a-f]{16}$/);
    expect(systemPromptHash({ messages: [] })).toBeNull();
  });
});
