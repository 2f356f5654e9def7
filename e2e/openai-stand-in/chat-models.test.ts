import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { postChat, refusal, weatherTool } from "./examples-for-tests";
import { standInForTests } from "./stand-in-for-tests";

// Which models a chat completion may name: unknown ones and completion-only ones are
// refused as the provider refuses them; the known ones answer under their own name.

const KEY = "sk-stand-in-chat-models-0123456789";
const { standIn, base } = standInForTests(KEY, { timing: { chatMs: 0 } });
const client = () => new OpenAI({ apiKey: KEY, baseURL: base(), maxRetries: 0 });
const user = [{ role: "user", content: "Hello there" }];
const post = (body: unknown) => postChat(base(), KEY, body);

describe("models", () => {
  it("answers an unknown model 404 model_not_found, and a completion model as not a chat model", async () => {
    const e = await refusal(client().chat.completions.create({ model: "gpt-9", messages: [{ role: "user", content: "hi" }] }));
    expect(e).toBeInstanceOf(OpenAI.NotFoundError);
    expect(e.error).toEqual({
      message: "The model `gpt-9` does not exist or you do not have access to it.",
      type: "invalid_request_error",
      param: null,
      code: "model_not_found",
    });
    const ft = await refusal(
      client().chat.completions.create({ model: "ft:gpt-4o-mini-2024-07-18:stand-in::abcd1234", messages: [{ role: "user", content: "hi" }] }),
    );
    expect(ft).toMatchObject({ status: 404, code: "model_not_found" });
    const completion = await refusal(client().chat.completions.create({ model: "davinci-002", messages: [{ role: "user", content: "hi" }] }));
    expect(completion).toMatchObject({ status: 404, param: "model", message: expect.stringMatching(/not a chat model/) });
  });

  it("knows the fine-tunable base models, their short names and the common chat models", async () => {
    for (const model of [
      "gpt-4o-mini-2024-07-18",
      "gpt-4o-mini",
      "gpt-4o",
      "gpt-4o-2024-11-20",
      "gpt-4.1",
      "gpt-4.1-mini-2025-04-14",
      "gpt-4.1-nano",
      "gpt-3.5-turbo-0613",
      "gpt-3.5-turbo",
    ]) {
      const answer = await client().chat.completions.create({ model, messages: [{ role: "user", content: "hi" }] });
      expect(answer.model).toBe(model);
    }
  });

  it("records every call that got past the key check, refused ones with their status", async () => {
    standIn.calls.chatCompletions.length = 0;
    await post({ model: "gpt-4o-mini", messages: user, tools: [weatherTool], response_format: { type: "text" } });
    await post({ model: "gpt-4o-mini", messages: [] });
    expect(standIn.calls.chatCompletions).toEqual([
      { at: expect.any(String), model: "gpt-4o-mini", messages: 1, tools: 1, responseFormat: "text", schema: null, status: 200 },
      { at: expect.any(String), model: "gpt-4o-mini", messages: 0, tools: 0, responseFormat: null, schema: null, status: 400 },
    ]);
  });
});
