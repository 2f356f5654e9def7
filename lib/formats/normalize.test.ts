import { describe, expect, it } from "vitest";
import { contentHash, contentText, conversationText, normalizeText } from "./normalize";
import type { ChatLine, PreferenceLine } from "./schemas";
import { expectMapping } from "../test/expect-mapping";

describe("normalizeText", () => {
  it.each([
    ["hello , world !", "hello, world!"],
    ["  Hello,\n\tWORLD!  ", "hello, world!"],
    ["ｆｕｌｌ　ｗｉｄｔｈ", "full width"],
    ["zero\u200bwidth", "zerowidth"],
    ["3 . 5 ( a )", "3.5(a)"],
    ["ﬁne", "fine"],
  ])("%j equals %j", (a, b) => {
    expect(normalizeText(a)).toBe(normalizeText(b));
  });

  it("produces the documented form", () => {
    expectMapping(normalizeText, { "  Hello ,  World !  How  are\nyou? ": "hello,world!how are you?", "": "", " \n ": "", "a b": "a b" });
  });

  it("keeps words apart and letters distinct", () => {
    expect(normalizeText("a b")).not.toBe(normalizeText("ab"));
    expect(normalizeText("café")).not.toBe(normalizeText("cafe"));
    // a symbol is not punctuation: "1 + 1" keeps its spaces
    expect(normalizeText("1 + 1")).toBe("1 + 1");
  });

  it("treats punctuation outside ASCII and beyond the BMP alike", () => {
    expect(normalizeText("おはよう 。 元気")).toBe("おはよう。元気");
    expect(normalizeText("a 𑁇 b")).toBe("a𑁇b"); // U+11047 BRAHMI DANDA is punctuation
  });
});

const chat = (user: string, assistant: string, system = "Be brief."): ChatLine => ({
  messages: [
    { role: "system", content: system },
    { role: "user", content: user },
    { role: "assistant", content: assistant },
  ],
});

describe("conversationText", () => {
  it("puts each message on a line with its role", () => {
    expect(conversationText(chat("What is 2+2?", "4"))).toBe("system: Be brief.\nuser: What is 2+2?\nassistant: 4");
  });

  it("writes tool calls as name(arguments) and reads content parts", () => {
    const record: ChatLine = {
      messages: [
        {
          role: "user",
          content: [
            { type: "text", text: "Price of" },
            { type: "text", text: "BAC?" },
          ],
        },
        { role: "assistant", tool_calls: [{ id: "c", type: "function", function: { name: "price", arguments: '{"s":"BAC"}' } }] },
        { role: "tool", tool_call_id: "c", content: "41.2" },
        { role: "assistant", content: "41.2 USD" },
      ],
    };
    expect(conversationText(record)).toBe('user: Price of BAC?\nassistant: price({"s":"BAC"})\ntool: 41.2\nassistant: 41.2 USD');
  });

  it("labels the two outputs of a preference line", () => {
    const record: PreferenceLine = {
      input: { messages: [{ role: "user", content: "Hi" }] },
      preferred_output: [{ role: "assistant", content: "Hello!" }],
      non_preferred_output: [{ role: "assistant", content: "What?" }],
    };
    expect(conversationText(record)).toBe("user: Hi\npreferred assistant: Hello!\nnon-preferred assistant: What?");
  });

  it("names media by a short digest instead of inlining it", () => {
    const data = `data:image/png;base64,${"A".repeat(5000)}`;
    const text = contentText([{ type: "image_url", image_url: { url: data } }]);
    expect(text).toMatch(/^\[image sha1:[0-9a-f]{16}\]$/);
    expect(contentText([{ type: "image_url", image_url: { url: "https://x/y.png" } }])).toBe("[image https://x/y.png]");
  });
});

describe("contentHash", () => {
  it("is a hex SHA-1", () => {
    expect(contentHash(chat("q", "a"))).toMatch(/^[0-9a-f]{40}$/);
  });

  it("ignores whitespace, case and spacing around punctuation", () => {
    const a = contentHash(chat("What is 2+2?", "It is 4."));
    expect(contentHash(chat("  what IS\n2+2 ?", "it is   4 ."))).toBe(a);
    expect(contentHash(chat("What is 2+2?", "It is 4.", "  BE  brief ."))).toBe(a);
  });

  it("tells different conversations apart", () => {
    const a = contentHash(chat("What is 2+2?", "4"));
    expect(contentHash(chat("What is 2+3?", "4"))).not.toBe(a);
    expect(contentHash(chat("What is 2+2?", "5"))).not.toBe(a);
    // same words, different speaker
    const swapped: ChatLine = {
      messages: [
        { role: "system", content: "Be brief." },
        { role: "assistant", content: "What is 2+2?" },
        { role: "assistant", content: "4" },
      ],
    };
    expect(contentHash(swapped)).not.toBe(a);
  });

  it("keeps turn boundaries: one turn is not the same as two", () => {
    const two: ChatLine = {
      messages: [
        { role: "user", content: "a" },
        { role: "assistant", content: "b" },
      ],
    };
    const one: ChatLine = {
      messages: [
        { role: "user", content: "a\nassistant: b" },
        { role: "assistant", content: "" },
      ],
    };
    expect(contentHash(one)).not.toBe(contentHash(two));
  });

  it("ignores keys that are not conversation (weight, metadata)", () => {
    const plain = chat("q", "a");
    const extra = { ...chat("q", "a"), metadata: { id: 1 } } as ChatLine;
    (extra.messages[2] as { weight?: 0 | 1 }).weight = 0;
    expect(contentHash(extra)).toBe(contentHash(plain));
  });

  it("separates preferred from non-preferred outputs", () => {
    const line = (p: string, n: string): PreferenceLine => ({
      input: { messages: [{ role: "user", content: "Hi" }] },
      preferred_output: [{ role: "assistant", content: p }],
      non_preferred_output: [{ role: "assistant", content: n }],
    });
    expect(contentHash(line("A", "B"))).not.toBe(contentHash(line("B", "A")));
    expect(contentHash(line("A", "B"))).toBe(contentHash(line(" a ", "b")));
  });
});

describe("contentHash agrees with normalizeText", () => {
  it("hashes exactly the normalised turns joined by newlines, for ASCII and any other text", async () => {
    const { createHash } = await import("node:crypto");
    const texts = [
      "Hello ,  World !",
      "  Ça  va ?  Très bien… merci ! ",
      "Ｆｕｌｌｗｉｄｔｈ and ﬁ ligature",
      "emoji 😀 , ok",
      "tab\\there\\u00a0nbsp",
      "zero\u200bwidth",
    ];
    for (const text of texts) {
      const record = {
        messages: [
          { role: "user" as const, content: text },
          { role: "assistant" as const, content: text.toUpperCase() },
        ],
      };
      const expected = ["user", "assistant"].map((role, i) => normalizeText(`${role}: ${i ? text.toUpperCase() : text}`)).join("\n");
      expect(contentHash(record as never)).toBe(createHash("sha1").update(expected).digest("hex"));
    }
  });
});
