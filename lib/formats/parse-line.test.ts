import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { publicFile } from "../test/public-data";
import { parseLine, PREVIEW_LENGTH, previewText } from "./parse-line";
import { call, chat, reply, user } from "./line-fixtures";

// Valid lines, their summaries, and the public sample files. Rejections are in
// parse-line.errors.test.ts.

function valid(line: string) {
  const parsed = parseLine(line);
  if (parsed.kind !== "chat" && parsed.kind !== "preference") {
    throw new Error(`expected a valid line, got ${JSON.stringify(parsed)}`);
  }
  return parsed;
}

describe("parseLine: blank lines", () => {
  it.each(["", "   ", "\r", "\t \r", "\uFEFF"])("%j is blank", (line) => {
    expect(parseLine(line)).toEqual({ kind: "blank" });
  });
});

describe("parseLine: valid lines", () => {
  it("accepts content parts, names and image inputs", () => {
    const line = chat(
      { role: "system", content: [{ type: "text", text: "Be brief." }], name: "policy" },
      user([
        { type: "text", text: "What is this?" },
        { type: "image_url", image_url: { url: "https://example.com/cat.png", detail: "low" } },
      ]),
      { role: "assistant", content: [{ type: "text", text: "A cat." }], name: "bot" },
    );
    const parsed = valid(line);
    expect(parsed.unknownKeys).toEqual([]);
    expect(parsed.preview).toBe("What is this? [image https://example.com/cat.png]");
  });

  it("accepts tool calls with and without content, tools and parallel_tool_calls", () => {
    const line = JSON.stringify({
      messages: [
        user(),
        { role: "assistant", tool_calls: [call()] },
        { role: "tool", tool_call_id: "call_1", content: "4" },
        { role: "assistant", content: "Calling again", tool_calls: [call()], weight: 0 },
        { role: "tool", tool_call_id: "call_1", content: [{ type: "text", text: "4" }] },
        reply({ weight: 1 }),
      ],
      tools: [{ type: "function", function: { name: "add", description: "Adds", parameters: { type: "object" }, strict: true } }],
      parallel_tool_calls: false,
    });
    const parsed = valid(line);
    expect(parsed.kind).toBe("chat");
    expect(parsed.turns).toBe(6);
    expect(parsed.unknownKeys).toEqual([]);
  });

  it("accepts legacy function calling", () => {
    const line = JSON.stringify({
      messages: [
        user(),
        { role: "assistant", content: null, function_call: { name: "add", arguments: "{}" } },
        { role: "function", name: "add", content: "4" },
        reply(),
      ],
      functions: [{ name: "add", parameters: { type: "object" } }],
    });
    expect(valid(line).unknownKeys).toEqual([]);
  });

  it("keeps unknown keys in the record and lists their paths", () => {
    const record = {
      messages: [user(), { ...reply(), foo: 1, tool_calls: [{ ...call(), extra: true }] }],
      metadata: { source: "crm" },
      tools: [{ type: "function", function: { name: "add", parameters: { anything: { goes: 1 } }, x: 1 } }],
    };
    const line = `  ${JSON.stringify(record)}  `;
    const parsed = valid(line);
    expect(parsed.record).toEqual(record);
    expect(parsed.body).toBe(JSON.stringify(record));
    expect([...parsed.unknownKeys].sort()).toEqual(["messages[1].foo", "messages[1].tool_calls[0].extra", "metadata", "tools[0].function.x"].sort());
  });

  it("quotes odd unknown keys", () => {
    expect(valid(JSON.stringify({ messages: [user(), reply()], "my key": 1 })).unknownKeys).toEqual(['["my key"]']);
  });

  it("strips a BOM and a trailing \\r but keeps the body otherwise as written", () => {
    const text = '{"messages": [{"role": "user", "content": "hi"},  {"role": "assistant", "content": "yo"}]}';
    const parsed = valid(`\uFEFF${text}\r`);
    expect(parsed.body).toBe(text);
  });

  it("summarises a preference line", () => {
    const line = JSON.stringify({
      input: { messages: [{ role: "system", content: "s" }, user("  Which\n\tis   better? ")], tools: [] },
      preferred_output: [reply()],
      non_preferred_output: [reply({ content: "5", weight: 1 })],
    });
    const parsed = valid(line);
    expect(parsed.kind).toBe("preference");
    expect(parsed.preview).toBe("Which is better?");
    expect(parsed.turns).toBe(3);
    // weight is not part of a preference output
    expect(parsed.unknownKeys).toEqual(["non_preferred_output[0].weight"]);
  });
});

describe("previewText", () => {
  it("collapses whitespace and cuts long text with an ellipsis", () => {
    expect(previewText(" a \n\n b\u00a0c ")).toBe("a b c");
    const long = "word ".repeat(200);
    const preview = previewText(long);
    expect(preview.length).toBe(PREVIEW_LENGTH);
    expect(preview.endsWith("…")).toBe(true);
    expect(previewText("x".repeat(PREVIEW_LENGTH))).toBe("x".repeat(PREVIEW_LENGTH));
  });

  it("looks past long runs of whitespace", () => {
    expect(previewText(`${" ".repeat(5000)}late`)).toBe("late");
  });

  it("does not split a surrogate pair", () => {
    const preview = previewText("😀".repeat(300));
    expect(preview.endsWith("😀…")).toBe(true);
  });
});

describe("parseLine on the public sample files", () => {
  const files = [
    ["gsm8k-chat-train.jsonl", "chat", 449],
    ["stock-toolcall-train.jsonl", "chat", 86],
    ["orca-dpo-pairs.jsonl", "preference", 284],
  ] as const;

  it.each(files)("%s: every line parses with no unknown keys and round-trips", (file, kind, count) => {
    const lines = readFileSync(publicFile(file), "utf8").split("\n");
    let parsedCount = 0;
    for (const line of lines) {
      const parsed = parseLine(line);
      if (parsed.kind === "blank") continue;
      parsedCount++;
      expect(parsed.kind, `${file}: ${line.slice(0, 80)}`).toBe(kind);
      if (parsed.kind !== "chat" && parsed.kind !== "preference") continue;
      expect(parsed.unknownKeys).toEqual([]);
      expect(JSON.parse(parsed.body)).toEqual(JSON.parse(line));
      expect(parsed.body).toBe(line.trim());
      expect(parsed.preview.length).toBeGreaterThan(0);
      expect(parsed.preview.length).toBeLessThanOrEqual(PREVIEW_LENGTH);
    }
    expect(parsedCount).toBe(count);
  });
});
