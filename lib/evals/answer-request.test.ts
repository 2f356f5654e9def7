import { describe, expect, it } from "vitest";
import { answerRequest } from "./answer-request";

const tool = { type: "function" as const, function: { name: "lookup", parameters: { type: "object", properties: {} } } };
const messages = [{ role: "user" as const, content: "Where is my order?" }];

describe("the request for a model's answer", () => {
  it("sends the prompt with the run's temperature and length", () => {
    expect(answerRequest({ messages }, { model: "gpt-4o-mini", temperature: 0.3, maxTokens: 256, provider: "openai" })).toEqual({
      model: "gpt-4o-mini",
      messages,
      temperature: 0.3,
      max_completion_tokens: 256,
    });
  });

  it("uses max_tokens for Azure and compatible servers", () => {
    expect(answerRequest({ messages }, { model: "m", temperature: 0, maxTokens: 9, provider: "compatible" })).toMatchObject({ max_tokens: 9 });
    expect(answerRequest({ messages }, { model: "m", temperature: 0, maxTokens: 9, provider: "azure" })).not.toHaveProperty("max_completion_tokens");
  });

  it("offers the example's tools, and parallel_tool_calls only with them", () => {
    const body = answerRequest({ messages, tools: [tool], parallel_tool_calls: false }, { model: "m", temperature: 0, maxTokens: 9, provider: "openai" });
    expect(body.tools).toEqual([tool]);
    expect(body.parallel_tool_calls).toBe(false);
    expect(answerRequest({ messages, parallel_tool_calls: false }, { model: "m", temperature: 0, maxTokens: 9, provider: "openai" })).not.toHaveProperty(
      "parallel_tool_calls",
    );
  });

  it("passes legacy function definitions on when there are no tools", () => {
    const body = answerRequest({ messages, functions: [{ name: "lookup" }] }, { model: "m", temperature: 0, maxTokens: 9, provider: "openai" });
    expect(body.functions).toEqual([{ name: "lookup" }]);
  });
});
