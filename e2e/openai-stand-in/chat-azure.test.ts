import { AzureOpenAI } from "openai";
import { beforeEach, describe, expect, it } from "vitest";
import { closingFor } from "./chat-base-answer";
import { refusal } from "./examples-for-tests";
import { standInForTests } from "./stand-in-for-tests";

// Chat completions through the SDK's AzureOpenAI client:
// {endpoint}/openai/deployments/{deployment}/chat/completions?api-version=…, where the
// deployment names the model, with the api-key header and Azure's own refusals.

const KEY = "azure-chat-stand-in-key-0123456789";
const VERSION = "2025-04-01-preview";
const { standIn, base } = standInForTests(KEY, { timing: { chatMs: 0 } });
const endpoint = () => base().replace(/\/v1$/, "");
const azure = (o: { apiKey?: string; deployment?: string } = {}) =>
  new AzureOpenAI({ apiKey: o.apiKey ?? KEY, endpoint: endpoint(), apiVersion: VERSION, deployment: o.deployment, maxRetries: 0 });
const hello = [{ role: "user" as const, content: "Hello" }];

beforeEach(() => {
  standIn.reset();
  standIn.chatLimit.rpm = null;
});

describe("chat completions on the Azure mount", () => {
  it("answers the deployment's model, the body's model naming the deployment", async () => {
    const answer = await azure().chat.completions.create({ model: "gpt-4o-mini", messages: hello });
    expect(answer).toMatchObject({
      object: "chat.completion",
      model: "gpt-4o-mini",
      choices: [{ message: { content: `About "Hello": ${closingFor("gpt-4o-mini")}` } }],
    });
    // A client bound to a deployment sends it in the URL whatever the body says.
    const bound = await azure({ deployment: "gpt-4.1" }).chat.completions.create({ model: "ignored", messages: hello });
    expect(bound.model).toBe("gpt-4.1");
    expect(standIn.calls.chatCompletions.map((c) => [c.model, c.status])).toEqual([
      ["gpt-4o-mini", 200],
      ["gpt-4.1", 200],
    ]);
  });

  it("answers an unknown deployment, a wrong key and a missing api-version in Azure's shape", async () => {
    const missing = await refusal(azure({ deployment: "my-gpt" }).chat.completions.create({ model: "my-gpt", messages: hello }));
    expect(missing.status).toBe(404);
    expect(missing.error).toEqual({ code: "DeploymentNotFound", message: expect.stringMatching(/^The API deployment for this resource does not exist\./) });
    const wrong = await refusal(azure({ apiKey: "not-the-key" }).chat.completions.create({ model: "gpt-4o", messages: hello }));
    expect(wrong).toMatchObject({ status: 401, error: { code: "401" } });
    const bare = await fetch(`${endpoint()}/openai/deployments/gpt-4o/chat/completions`, {
      method: "POST",
      headers: { "api-key": KEY },
      body: JSON.stringify({ messages: hello }),
    });
    expect(bare.status).toBe(400);
    expect((await bare.json()).error.code).toBe("MissingApiVersionParameter");
  });

  it("checks the body as the OpenAI mount does", async () => {
    const e = await refusal(azure().chat.completions.create({ model: "gpt-4o", messages: hello, temperature: 3 }));
    expect(e).toMatchObject({ status: 400, param: "temperature", code: "decimal_above_max_value" });
  });

  it("refuses over the rate limit in Azure's words, and takes faults aimed at /v1/chat/completions", async () => {
    standIn.chatLimit.rpm = 1;
    await azure().chat.completions.create({ model: "gpt-4o", messages: hello });
    const limited = await refusal(azure().chat.completions.create({ model: "gpt-4o", messages: hello }));
    expect(limited.status).toBe(429);
    expect(limited.error).toEqual({
      code: "429",
      message: expect.stringMatching(
        new RegExp(
          `^Requests to the ChatCompletions_Create Operation under Azure OpenAI API version ${VERSION} have exceeded call rate limit.*Please retry after 60 seconds\\.`,
        ),
      ),
    });
    expect(limited.headers?.get("retry-after")).toBe("60");
    standIn.chatLimit.rpm = null;
    standIn.faults.set({ status: 403, path: "/v1/chat/completions", method: "POST" });
    const denied = await refusal(azure().chat.completions.create({ model: "gpt-4o", messages: hello }));
    expect(denied).toMatchObject({ status: 403, code: "model_not_found", message: expect.stringMatching(/does not have access to model `gpt-4o`/) });
  });
});
