import { publicLines } from "../test/public-data";
import { describe, expect, it } from "vitest";
import { countRecordTokens } from "../tokens/count-tokens";
import { checkExample } from "./check-example";
import { ERROR_CODES } from "./codes";
import { ASSISTANT, chat, check, found, good, GPT35_OLD, messageOf, MINI, SYSTEM, USER } from "./example-fixtures";
import { MAX_FINDINGS_PER_EXAMPLE } from "./finding-list";

describe("checkExample: the line itself", () => {
  it("passes a clean chat example and counts its tokens", () => {
    const result = check(good());
    expect(found(result)).toEqual([]);
    expect(result).toMatchObject({ kind: "chat", errorCount: 0, tokens: countRecordTokens(good(), "o200k_base") });
    expect(result.record).toEqual(good());
  });

  it("reports invalid_json with the parser's reason, and empty lines", () => {
    const broken = checkExample('{"messages": [', { model: MINI });
    expect(found(broken)).toEqual(["invalid_json"]);
    expect(broken).toMatchObject({ kind: "invalid", record: null, tokens: null, errorCount: 1 });
    expect(broken.findings[0].message).toMatch(/^not valid JSON \(.+\): fix the line/);
    expect(messageOf(checkExample("  ", { model: MINI }), "invalid_json")).toMatch(/^the line is empty/);
  });

  it("reports too_deep with the path for a line nested past the limit, without walking it", () => {
    const line = JSON.stringify({ ...good(), metadata: "DEEP" }).replace('"DEEP"', `${"[".repeat(100_000)}"<|endoftext|>"${"]".repeat(100_000)}`);
    const result = checkExample(line, { model: MINI });
    expect(result.findings).toEqual([
      {
        code: "too_deep",
        path: "metadata[0][0][0][0][0][0][0]…",
        message: "nested deeper than 64 levels: flatten or remove this value (Tuneset reads at most 64 levels of objects and arrays)",
      },
    ]);
    expect(result).toMatchObject({ kind: "invalid", record: null, tokens: null, errorCount: 1 });
  });

  it("accepts a byte-order mark and a CRLF line end", () => {
    expect(found(checkExample(`\uFEFF${JSON.stringify(good())}\r`, { model: MINI }))).toEqual([]);
  });

  it("reports not_an_object for arrays, strings and numbers", () => {
    for (const line of ["[]", '"hello"', "42", "null"]) {
      const result = checkExample(line, { model: MINI });
      expect(found(result)).toEqual(["not_an_object"]);
      expect(result.tokens).toBeNull();
    }
    expect(messageOf(checkExample("[1]", { model: MINI }), "not_an_object")).toMatch(/got an array/);
  });

  it("reports missing_messages for an object of neither shape, a non-list and an empty list", () => {
    const neither = check({ conversation: [USER, ASSISTANT] });
    expect(found(neither)).toEqual(["missing_messages"]);
    expect(neither.kind).toBe("invalid");
    expect(neither.tokens).not.toBeNull();
    expect(found(check({ messages: "hello" }))).toEqual(["missing_messages messages"]);
    expect(messageOf(check({ messages: [] }), "missing_messages")).toMatch(/got an empty list/);
  });
});

describe("checkExample: unknown keys", () => {
  it("warns once per unknown key path, at every depth", () => {
    const record = {
      messages: [SYSTEM, { ...USER, lang: "en" }, { ...ASSISTANT, score: 5 }],
      metadata: { source: "crm" },
    };
    const result = check(record);
    expect(found(result)).toEqual(["unknown_key messages[1].lang", "unknown_key messages[2].score", "unknown_key metadata"]);
    expect(result.errorCount).toBe(0);
  });

  it("finds unknown keys in lines the fast pass hands to the schema walk", () => {
    const image = { role: "user", content: [{ type: "image_url", image_url: { url: "https://example.com/a.png" }, alt: "x" }] };
    expect(found(check(chat(SYSTEM, image, ASSISTANT), { ...MINI, acceptsImages: true }))).toEqual(["unknown_key messages[1].content[0].alt"]);
  });

  it("does not repeat a key already reported as an error", () => {
    const result = check(chat(SYSTEM, { ...USER, weight: 1, tool_calls: [] }, ASSISTANT));
    expect(found(result)).toEqual(["invalid_tool_call messages[1].tool_calls", "invalid_weight messages[1].weight"]);
  });
});

describe("checkExample: special tokens", () => {
  it("reports special tokens in content, names, arguments and tool definitions", () => {
    const tools = [{ type: "function", function: { name: "lookup", description: "Ends with <|im_end|>" } }];
    const call = { id: "c1", type: "function", function: { name: "lookup", arguments: '{"q": "<|endoftext|>"}' } };
    const record = {
      messages: [
        SYSTEM,
        { role: "user", name: "x<|fim_prefix|>", content: "Hi <|endoftext|> there" },
        { role: "assistant", tool_calls: [call] },
        { role: "tool", tool_call_id: "c1", content: [{ type: "text", text: "<|im_start|>" }] },
        ASSISTANT,
      ],
      tools,
    };
    expect(found(check(record))).toEqual([
      "special_token messages[1].name",
      "special_token messages[1].content",
      "special_token messages[2].tool_calls[0].function.arguments",
      "special_token messages[3].content[0].text",
      "special_token tools[0].function.description",
    ]);
    expect(messageOf(check(record), "special_token")).toContain('"<|fim_prefix|>"');
  });

  it("sees a special token whose < the JSON writer escaped", () => {
    const line = JSON.stringify(good()).replace("Paris.", "Paris\\u003c|endoftext|>");
    expect(found(checkExample(line, { model: MINI }))).toEqual(["special_token messages[2].content"]);
  });

  it("leaves look-alikes alone", () => {
    expect(found(check(chat(SYSTEM, USER, { role: "assistant", content: "48/2 = <<48/2=24>>24, a <|b|> c" })))).toEqual([]);
  });
});

describe("checkExample: token limit and personal data", () => {
  const long = (words: number) => chat(SYSTEM, USER, { role: "assistant", content: "hello ".repeat(words) });

  it("warns over the model's limit and says by how much it will be cut", () => {
    const result = check(long(5000), GPT35_OLD);
    const total = result.tokens!.total;
    expect(total).toBeGreaterThan(4096);
    expect(found(result)).toEqual(["over_token_limit"]);
    expect(messageOf(result, "over_token_limit")).toContain(`cut ${(total - 4096).toLocaleString("en-US")} tokens`);
    expect(found(check(long(3000), GPT35_OLD))).toEqual([]);
    expect(found(check(long(5000), MINI))).toEqual([]);
  });

  it("adds one pii warning naming the kinds the detector found", () => {
    const result = check(good(), MINI, { piiKinds: () => ["email", "phone"] });
    expect(found(result)).toEqual(["pii"]);
    expect(messageOf(result, "pii")).toContain("E-mail address, Phone number");
    expect(found(check(good(), MINI, { piiKinds: () => [] }))).toEqual([]);
  });
});

describe("checkExample: limits", () => {
  it("keeps at most 50 findings, errors first, and counts every error", () => {
    const messages = Array.from({ length: 60 }, (_, i) => ({ role: "bot", content: `x${i}`, [`k${i}`]: 1 }));
    const result = check({ messages: [USER, ASSISTANT, ...messages], ...Object.fromEntries(messages.map((_, i) => [`extra${i}`, 1])) });
    expect(result.findings).toHaveLength(MAX_FINDINGS_PER_EXAMPLE);
    expect(result.errorCount).toBe(60);
    expect(result.findings.every((f) => (ERROR_CODES as readonly string[]).includes(f.code))).toBe(true);
  });
});

describe("checkExample: the public sample files", () => {
  const lines = publicLines;

  it("passes every tool-calling example of the stock file without a finding", () => {
    const all = lines("stock-toolcall-train.jsonl");
    expect(all.length).toBe(86);
    for (const line of all) expect(found(checkExample(line, { model: MINI }))).toEqual([]);
  });

  it("passes the chat and preference samples", () => {
    for (const line of lines("gsm8k-chat-train.jsonl")) expect(found(checkExample(line, { model: MINI }))).toEqual([]);
    for (const line of lines("orca-dpo-pairs.jsonl")) {
      const result = checkExample(line, { model: MINI });
      expect(found(result)).toEqual([]);
      expect(result.kind).toBe("preference");
    }
  });
});
