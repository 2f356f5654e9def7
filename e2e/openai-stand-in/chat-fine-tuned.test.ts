import OpenAI from "openai";
import { beforeAll, describe, expect, it } from "vitest";
import { jsonl, refusal, upload } from "./examples-for-tests";
import { manualClock, standInForTests } from "./stand-in-for-tests";

// A fine-tuned model answers from what it was trained on: the assistant turn of the
// training example whose prompt is nearest the question, tool calls included. Jobs run
// to success on a clock moved by hand.

const KEY = "sk-stand-in-chat-ft-0123456789";
const clock = manualClock();
const { standIn, base } = standInForTests(KEY, { clock: clock.now, timing: { chatMs: 0 } });
const client = () => new OpenAI({ apiKey: KEY, baseURL: base(), maxRetries: 0 });

const SUPPORT: [string, string][] = [
  ["How do I reset my password?", "Open Settings › Security and press Reset password; the link arrives by email."],
  ["Where can I download my invoices?", "Invoices are under Billing › History, each with a PDF link."],
  ["How do I cancel my subscription?", "Go to Billing › Plan and choose Cancel plan; you keep access until the period ends."],
  ["Can I change the email address on my account?", "Yes: Settings › Profile › Email, then confirm the new address."],
  ["Which payment methods do you accept?", "Cards (Visa, Mastercard, Amex) and SEPA direct debit."],
  ["How do I invite a teammate to my workspace?", "Workspace › Members › Invite, then enter their email."],
  ["What is your refund policy?", "Refunds are possible within 14 days of a charge; write to billing support."],
  ["How do I export all my data?", "Settings › Data › Export builds a ZIP and emails you a link."],
  ["Is there a mobile app for phones?", "Yes, for iOS and Android; sign in with the same account."],
];
const WEATHER_TOOL = {
  type: "function",
  function: { name: "get_weather", parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] } },
};
const supportLine = (i: number) => {
  if (i > SUPPORT.length) {
    return {
      messages: [
        { role: "user", content: "What is the weather in Oslo right now?" },
        { role: "assistant", content: null, tool_calls: [{ id: "call_w", type: "function", function: { name: "get_weather", arguments: '{"city":"Oslo"}' } }] },
      ],
      tools: [WEATHER_TOOL],
    };
  }
  const [question, answer] = SUPPORT[i - 1];
  return {
    messages: [
      { role: "system", content: "You are Acme's support agent." },
      { role: "user", content: question },
      { role: "assistant", content: answer },
    ],
  };
};

async function trainedJob(model: string, lines: string, suffix: string) {
  const file = await upload(client(), lines);
  clock.advance(300);
  const job = await client().fineTuning.jobs.create({ model, training_file: file.id, suffix });
  return { job, file };
}

const ask = (model: string, content: string, extra: Partial<OpenAI.Chat.ChatCompletionCreateParamsNonStreaming> = {}) =>
  client().chat.completions.create({
    model,
    messages: [
      { role: "system", content: "You are Acme's support agent." },
      { role: "user", content },
    ],
    ...extra,
  });

let tuned = "";
let jobId = "";
let fileId = "";
beforeAll(async () => {
  const { job, file } = await trainedJob("gpt-4o-mini", jsonl(supportLine, SUPPORT.length + 1), "support");
  jobId = job.id;
  fileId = file.id;
  clock.advance(4000);
  tuned = (await client().fineTuning.jobs.retrieve(job.id)).fine_tuned_model!;
});

describe("a fine-tuned model", () => {
  it("answers a held-out question with the nearest training answer, unlike its base model", async () => {
    const answer = await ask(tuned, "I forgot my password, how can I reset it?");
    expect(answer.model).toBe(tuned);
    expect(answer.choices[0]).toMatchObject({ finish_reason: "stop", message: { content: SUPPORT[0][1] } });
    expect((await ask(tuned, "Where do I find last year's invoices?")).choices[0].message.content).toBe(SUPPORT[1][1]);
    expect((await ask(tuned, "Do you have an app for my phone?")).choices[0].message.content).toBe(SUPPORT[8][1]);
    const baseAnswer = await ask("gpt-4o-mini", "I forgot my password, how can I reset it?");
    expect(baseAnswer.choices[0].message.content).not.toBe(SUPPORT[0][1]);
  });

  it("makes the tool calls it learned", async () => {
    const answer = await ask(tuned, "What's the weather like in Oslo today?", { tools: [WEATHER_TOOL as OpenAI.Chat.ChatCompletionFunctionTool] });
    expect(answer.choices[0]).toMatchObject({
      finish_reason: "tool_calls",
      message: {
        content: null,
        tool_calls: [{ id: expect.stringMatching(/^call_/), type: "function", function: { name: "get_weather", arguments: '{"city":"Oslo"}' } }],
      },
    });
    // Without tools it cannot call one, and answers in words.
    const words = await ask(tuned, "What's the weather like in Oslo today?");
    expect(words.choices[0].message.tool_calls).toBeUndefined();
    expect(words.choices[0].message.content).toEqual(expect.any(String));
  });

  it("is cut by max_tokens like any model", async () => {
    const answer = await ask(tuned, "How do I cancel my subscription?", { max_tokens: 3 });
    expect(answer.choices[0].finish_reason).toBe("length");
    expect(SUPPORT[2][1].startsWith(answer.choices[0].message.content!)).toBe(true);
  });

  it("answers from its checkpoints too, and keeps answering once its training file is deleted", async () => {
    const checkpoints = await client().fineTuning.jobs.checkpoints.list(jobId);
    const checkpoint = checkpoints.data.at(-1)!.fine_tuned_model_checkpoint;
    expect((await ask(checkpoint, "How do I export all my data?")).choices[0].message.content).toBe(SUPPORT[7][1]);
    await client().files.delete(fileId);
    expect((await ask(tuned, "How do I export all my data?")).choices[0].message.content).toBe(SUPPORT[7][1]);
  });

  it("does not exist before its job succeeds", async () => {
    const { job } = await trainedJob("gpt-4.1-mini", jsonl(supportLine, 10), "later");
    const outcome = standIn.jobs.get(job.id)!.plan.outcome;
    if (outcome.kind !== "train") throw new Error("The job should train.");
    const name = outcome.training.fineTunedModel;
    expect(await refusal(ask(name, "hello"))).toMatchObject({ status: 404, code: "model_not_found" });
    clock.advance(4000);
    expect((await ask(name, "How do I reset my password?")).choices[0].message.content).toBe(SUPPORT[0][1]);
  });

  it("continued on new data keeps what its parent learned", async () => {
    const extra = (i: number) => ({
      messages: [
        { role: "user", content: `Is feature number ${i} included in the Pro plan?` },
        { role: "assistant", content: `Feature ${i} comes with Pro.` },
      ],
    });
    const { job } = await trainedJob(tuned, jsonl(extra, 10), "more");
    clock.advance(4000);
    const child = (await client().fineTuning.jobs.retrieve(job.id)).fine_tuned_model!;
    expect((await ask(child, "Is feature number 3 included in the Pro plan?")).choices[0].message.content).toBe("Feature 3 comes with Pro.");
    expect((await ask(child, "Which payment methods are accepted?")).choices[0].message.content).toBe(SUPPORT[4][1]);
  });
});
