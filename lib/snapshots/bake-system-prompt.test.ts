import { describe, expect, it } from "vitest";
import { BakeTally, bakeSystemPrompt } from "./bake-system-prompt";
import { countTextTokens } from "../tokens/token-encoders";

const LONG = "You are the support assistant of Acme. Answer politely, in two sentences at most, and never promise refunds. ".repeat(5).trim();
const chat = JSON.stringify({
  messages: [
    { role: "system", content: LONG },
    { role: "user", content: "Where is my parcel?" },
    { role: "assistant", content: "It left the warehouse today." },
  ],
});
const enc = "o200k_base" as const;
// A message costs 3 tokens plus its encoded role and content (the notebook's rule).
const systemCost = (text: string) => 3 + countTextTokens("system", enc) + countTextTokens(text, enc);

describe("bakeSystemPrompt", () => {
  it("keeps the line byte for byte when asked to keep", () => {
    expect(bakeSystemPrompt(chat, { mode: "keep", encoding: enc })).toEqual({ line: chat, changed: false, tokensSaved: 0, promptTokens: 0 });
  });

  it("drops the leading system message and counts the tokens each request saves", () => {
    const b = bakeSystemPrompt(chat, { mode: "drop", encoding: enc });
    expect(JSON.parse(b.line).messages.map((m: { role: string }) => m.role)).toEqual(["user", "assistant"]);
    expect(b.changed).toBe(true);
    expect(b.tokensSaved).toBe(systemCost(LONG));
    // The request's prompt: priming (3) + the system and user messages, not the reply.
    const userCost = 3 + countTextTokens("user", enc) + countTextTokens("Where is my parcel?", enc);
    expect(b.promptTokens).toBe(3 + systemCost(LONG) + userCost);
  });

  it("replaces it with a short one: the saving is the difference", () => {
    const b = bakeSystemPrompt(chat, { mode: "replace", replacement: "Acme support.", encoding: enc });
    const messages = JSON.parse(b.line).messages;
    expect(messages[0]).toEqual({ role: "system", content: "Acme support." });
    expect(messages).toHaveLength(3);
    expect(b.tokensSaved).toBe(systemCost(LONG) - systemCost("Acme support."));
  });

  it("drops every instruction message at the start (developer too), not those later on", () => {
    const line = JSON.stringify({
      messages: [
        { role: "developer", content: "Rule one." },
        { role: "system", content: "Rule two." },
        { role: "user", content: "Hi" },
        { role: "system", content: "Mid-conversation note." },
        { role: "assistant", content: "Hello" },
      ],
    });
    const roles = JSON.parse(bakeSystemPrompt(line, { mode: "drop", encoding: enc }).line).messages.map((m: { role: string }) => m.role);
    expect(roles).toEqual(["user", "system", "assistant"]);
  });

  it("works inside a preference record's input", () => {
    const line = JSON.stringify({
      input: {
        messages: [
          { role: "system", content: LONG },
          { role: "user", content: "Hi" },
        ],
      },
      preferred_output: [{ role: "assistant", content: "Hello!" }],
      non_preferred_output: [{ role: "assistant", content: "What?" }],
    });
    const b = bakeSystemPrompt(line, { mode: "drop", encoding: enc });
    const out = JSON.parse(b.line);
    expect(out.input.messages).toEqual([{ role: "user", content: "Hi" }]);
    expect(out.preferred_output).toEqual([{ role: "assistant", content: "Hello!" }]);
    expect(b.tokensSaved).toBe(systemCost(LONG));
  });

  it("leaves a line without a system prompt untouched when dropping, and adds one when replacing", () => {
    const bare = JSON.stringify({
      messages: [
        { role: "user", content: "Hi" },
        { role: "assistant", content: "Hello" },
      ],
    });
    expect(bakeSystemPrompt(bare, { mode: "drop", encoding: enc })).toMatchObject({ line: bare, changed: false, tokensSaved: 0 });
    const added = bakeSystemPrompt(bare, { mode: "replace", replacement: "Be brief.", encoding: enc });
    expect(added.tokensSaved).toBe(-systemCost("Be brief."));
  });

  it("does not rewrite a line whose system prompt already is the replacement", () => {
    const line = '{"messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello"}]}';
    expect(bakeSystemPrompt(line, { mode: "replace", replacement: "Be brief.", encoding: enc })).toMatchObject({ line, changed: false, tokensSaved: 0 });
  });
});

describe("BakeTally", () => {
  it("sums the saving per request and the share of prompt tokens cut", () => {
    const tally = new BakeTally("drop");
    tally.add({ line: "", changed: true, tokensSaved: 90, promptTokens: 100 });
    tally.add({ line: "", changed: true, tokensSaved: 80, promptTokens: 100 });
    tally.add({ line: "", changed: false, tokensSaved: 0, promptTokens: 100 });
    expect(tally.summary()).toEqual({
      mode: "drop",
      replacement: null,
      records: 3,
      changed: 2,
      tokensSavedTotal: 170,
      tokensSavedPerRequest: 56.7,
      promptTokensBefore: 300,
      percentCut: 56.7,
    });
  });

  it("names the replacement only in replace mode, and is zero with nothing counted", () => {
    expect(new BakeTally("replace", "Be brief.").summary()).toMatchObject({ replacement: "Be brief.", records: 0, tokensSavedPerRequest: 0, percentCut: 0 });
    expect(new BakeTally("keep", "ignored").summary().replacement).toBeNull();
  });
});
