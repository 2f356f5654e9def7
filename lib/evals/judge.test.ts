import { describe, expect, it } from "vitest";
import type { Answer, EvalPrompt, JudgeVerdict } from "./eval-types";
import { combineJudgeOrders, DEFAULT_JUDGE_RUBRIC, JUDGE_SCHEMA_NAME, judgeRequest, parseJudgeOutput } from "./judge";
import { textAndImageTurn } from "../test/turns";

const text = (content: string): Answer => ({ content, toolCalls: [] });

const prompt: EvalPrompt = {
  tools: [
    {
      type: "function",
      function: { name: "get_weather", description: "Current weather in a city", parameters: { type: "object", properties: { city: { type: "string" } } } },
    },
  ],
  messages: [
    { role: "system", content: "Answer briefly." },
    textAndImageTurn("What's the weather in Paris?", "data:image/png;base64,AAAA"),
    { role: "assistant", content: null, tool_calls: [{ id: "call_1", type: "function", function: { name: "get_weather", arguments: '{"city":"Paris"}' } }] },
    { role: "tool", tool_call_id: "call_1", content: '{"temp":21}' },
  ],
};

function request(reference: Answer | null, first = text("It is 21 °C."), second = text("Sunny, 30 °C.")) {
  return judgeRequest({ prompt, reference, first, second, rubric: DEFAULT_JUDGE_RUBRIC });
}

describe("judgeRequest", () => {
  it("puts the rubric and the verdict instructions in the system message", () => {
    const { messages } = request(null);
    expect(messages.map((m) => m.role)).toEqual(["system", "user"]);
    expect(messages[0].content).toContain(DEFAULT_JUDGE_RUBRIC);
    expect(messages[0].content).toMatch(/"1" if Response 1 is better/);
    expect(judgeRequest({ prompt, reference: null, first: text("x"), second: text("y"), rubric: "Prefer French." }).messages[0].content).toContain(
      "Prefer French.",
    );
  });

  it("shows the conversation with tool calls, tool results and tool definitions, and names media instead of inlining it", () => {
    const user = request(null).messages[1].content;
    for (const shown of [
      "[system]\nAnswer briefly.",
      "What's the weather in Paris?\n[image]",
      'calls get_weather({"city":"Paris"}) [call call_1]',
      '[tool result (call call_1)]\n{"temp":21}',
      "- get_weather: Current weather in a city\n  parameters: {",
    ]) {
      expect(user).toContain(shown);
    }
    expect(user).not.toContain("base64");
  });

  it("shows the reference when there is one, then Response 1 and Response 2 in the order given", () => {
    const withReference = request(text("21 degrees and cloudy.")).messages[1].content;
    expect(withReference).toContain("<reference>\n21 degrees and cloudy.\n</reference>");
    expect(withReference.indexOf("<reference>")).toBeLessThan(withReference.indexOf("<response_1>"));
    expect(withReference).toMatch(/Response 1:\n<response_1>\nIt is 21 °C.\n<\/response_1>\n\nResponse 2:\n<response_2>\nSunny, 30 °C.\n<\/response_2>$/);
    expect(request(null).messages[1].content).not.toContain("<reference>");

    const swapped = request(null, text("Sunny, 30 °C."), text("It is 21 °C.")).messages[1].content;
    expect(swapped).toMatch(/<response_1>\nSunny, 30 °C.\n<\/response_1>/);
  });

  it("spells out tool calls, refusals, empty answers and answers cut short", () => {
    const first: Answer = { content: null, toolCalls: [{ name: "get_weather", arguments: '{"city":"Lyon"}' }] };
    const second: Answer = { content: "The weather in Paris is", toolCalls: [], refusal: null, finishReason: "length" };
    const user = request(null, first, second).messages[1].content;
    expect(user).toContain('<response_1>\ncalls get_weather({"city":"Lyon"})\n</response_1>');
    expect(user).toContain("The weather in Paris is\n(the response was cut off at the length limit)");
    const other = request(null, { content: null, toolCalls: [], refusal: "I can't share that." }, text("  ")).messages[1].content;
    expect(other).toContain("<response_1>\n(declined) I can't share that.\n</response_1>");
    expect(other).toContain("<response_2>\n(empty response)\n</response_2>");
  });

  it("asks for the strict pairwise_verdict schema", () => {
    expect(JUDGE_SCHEMA_NAME).toBe("pairwise_verdict");
    expect(request(null).response_format).toEqual({
      type: "json_schema",
      json_schema: {
        name: "pairwise_verdict",
        strict: true,
        schema: {
          type: "object",
          properties: { reason: { type: "string" }, verdict: { type: "string", enum: ["1", "2", "tie"] } },
          required: ["reason", "verdict"],
          additionalProperties: false,
        },
      },
    });
  });
});

describe("parseJudgeOutput", () => {
  it("reads the JSON the schema asks for", () => {
    expect(parseJudgeOutput('{"reason":"2 is wrong","verdict":"1"}')).toEqual({ verdict: "first", reason: "2 is wrong" });
    expect(parseJudgeOutput('{"reason":"same","verdict":"tie"}')).toEqual({ verdict: "tie", reason: "same" });
    expect(parseJudgeOutput('Here you go:\n```json\n{"verdict": 2, "reason": "clearer"}\n```')).toEqual({ verdict: "second", reason: "clearer" });
  });

  it("falls back to a verdict written in free text", () => {
    expect(parseJudgeOutput("Response 1 misses the date.\nVerdict: 2")).toEqual({ verdict: "second", reason: "Response 1 misses the date." });
    expect(parseJudgeOutput("Both are fine.\n\n**Final verdict:** tie")).toEqual({ verdict: "tie", reason: "Both are fine." });
    expect(parseJudgeOutput("Verdict: Response 1")).toEqual({ verdict: "first", reason: "Verdict: Response 1" });
    expect(parseJudgeOutput("At first I thought [[2]], but on reflection [[1]]")).toEqual({
      verdict: "first",
      reason: "At first I thought [[2]], but on reflection [[1]]",
    });
  });

  it("gives no verdict, keeping the text as the reason, when none can be read", () => {
    expect(parseJudgeOutput("I cannot decide.")).toEqual({ verdict: null, reason: "I cannot decide." });
    expect(parseJudgeOutput('{"reason":"odd","verdict":"3"}')).toEqual({ verdict: null, reason: '{"reason":"odd","verdict":"3"}' });
    expect(parseJudgeOutput(null)).toEqual({ verdict: null, reason: "" });
    expect(parseJudgeOutput("   ")).toEqual({ verdict: null, reason: "   " });
  });
});

describe("combineJudgeOrders", () => {
  it.each<[JudgeVerdict, JudgeVerdict, "a" | "b" | "tie", boolean]>([
    ["first", "second", "a", true],
    ["second", "first", "b", true],
    ["tie", "tie", "tie", true],
    ["first", "tie", "a", false],
    ["tie", "first", "b", false],
    ["second", "tie", "b", false],
    ["first", "first", "tie", false],
    ["second", "second", "tie", false],
  ])("A first says %s, B first says %s: %s, consistent %s", (ab, ba, winner, consistent) => {
    expect(combineJudgeOrders(ab, ba)).toEqual({ winner, consistent });
  });

  it("waits for both orders", () => {
    expect(combineJudgeOrders("first", null)).toEqual({ winner: null, consistent: null });
    expect(combineJudgeOrders(null, "tie")).toEqual({ winner: null, consistent: null });
  });

  it("cancels a judge that always prefers the response shown first", () => {
    const outcomes = Array.from({ length: 5 }, () => combineJudgeOrders("first", "first"));
    expect(outcomes.every((o) => o.winner === "tie" && o.consistent === false)).toBe(true);
  });
});
