import { describe, expect, it } from "vitest";
import { moderationTexts, packTexts, recordInputs, splitText } from "./moderation-inputs";
import { textAndImageTurn } from "../test/turns";

const chat = {
  messages: [
    { role: "system", content: "You are a careful assistant." },
    textAndImageTurn("Look up the weather.", "https://x.test/a.png"),
    { role: "assistant", tool_calls: [{ id: "c1", type: "function", function: { name: "weather", arguments: '{"city":"Oslo"}' } }] },
    { role: "tool", tool_call_id: "c1", content: "Rain, 4 °C." },
    { role: "assistant", content: "It rains in Oslo.", weight: 1 },
    { role: "assistant", content: "   " },
  ],
  tools: [{ type: "function", function: { name: "weather", description: "Weather by city", parameters: {} } }],
};

describe("the texts a record is moderated on", () => {
  it("takes system, user and assistant text, tool-call arguments and tool results, not tool definitions", () => {
    expect(moderationTexts("chat", chat)).toEqual([
      "You are a careful assistant.",
      "Look up the weather.",
      '{"city":"Oslo"}',
      "Rain, 4 °C.",
      "It rains in Oslo.",
    ]);
  });

  it("takes both answers of a preference record after its input", () => {
    const pref = {
      input: {
        messages: [
          { role: "system", content: "Be brief." },
          { role: "user", content: "Hi?" },
        ],
      },
      preferred_output: [{ role: "assistant", content: "Hello." }],
      non_preferred_output: [{ role: "assistant", content: "Go away." }],
    };
    expect(moderationTexts("preference", pref)).toEqual(["Be brief.", "Hi?", "Hello.", "Go away."]);
  });

  it("sends nothing for invalid lines or shapes it does not know", () => {
    expect(moderationTexts("invalid", chat)).toEqual([]);
    expect(moderationTexts("chat", { messages: "nope" })).toEqual([]);
    expect(moderationTexts("chat", null)).toEqual([]);
  });
});

describe("inputs within the size limit", () => {
  it("splits a long text at a space, never losing characters but the spaces cut at", () => {
    const text = "alpha beta gamma delta epsilon";
    const pieces = splitText(text, 12);
    expect(pieces).toEqual(["alpha beta", "gamma delta", "epsilon"]);
    expect(pieces.every((p) => p.length <= 12)).toBe(true);
  });

  it("cuts a text without spaces hard, but never inside an emoji", () => {
    expect(splitText("abcdefghij", 4)).toEqual(["abcd", "efgh", "ij"]);
    const pieces = splitText("abc😀def", 4);
    expect(pieces.join("")).toBe("abc😀def");
    expect(pieces[0]).toBe("abc");
  });

  it("packs a record's texts into as few inputs as fit", () => {
    expect(packTexts(["one", "two", "three"], 100)).toEqual(["one\n\ntwo\n\nthree"]);
    expect(packTexts(["one", "two", "three"], 10)).toEqual(["one\n\ntwo", "three"]);
    expect(recordInputs("chat", chat, 8000)).toHaveLength(1);
    const long = recordInputs("chat", { messages: [{ role: "user", content: "word ".repeat(5000) }] }, 8000);
    expect(long.length).toBe(4);
    expect(long.every((i) => i.length <= 8000)).toBe(true);
  });
});
