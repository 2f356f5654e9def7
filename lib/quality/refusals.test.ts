import { describe, expect, it } from "vitest";
import { assistantSignals, isBoilerplateText, isRefusalText } from "./refusals";

const chat = (...replies: unknown[]) => ({
  messages: [{ role: "user", content: "Question?" }, ...replies.map((content) => ({ role: "assistant", content }))],
});

// Each signal's phrases, and near misses it must leave alone.
describe.each([
  {
    signal: "refusal",
    detect: isRefusalText,
    flagged: [
      "I'm sorry, but I can't help with that.",
      "I’m sorry, but I can’t help with that request.",
      "I cannot assist with creating malware.",
      "I'm unable to provide medical diagnoses.",
      "As an AI, I can't",
      "Unfortunately, I won't be able to write that essay for you.",
      "I must respectfully decline this request.",
      "Sorry — I CAN NOT COMPLY with that.",
      "It's not appropriate for me to share someone's home address.",
    ],
    passed: [
      "I can't help but notice the loop never ends; move the increment inside it.",
      "I can't wait to see the result! Here is the finished function.",
      'The bot answering "I can\'t help with that" means the moderation filter fired.',
      "We can't support Internet Explorer 11 in this library, so add a polyfill.",
      "It is possible for me to explain this step by step: first, ...",
    ],
  },
  {
    signal: "boilerplate",
    detect: isBoilerplateText,
    flagged: [
      "As an AI language model, I think both options work.",
      "As a large language model, I was trained on public text.",
      "I am an AI developed by OpenAI, so here is my best guess.",
      "I don't have personal opinions, but many people prefer tabs.",
      "I don’t have feelings, though thank you for asking!",
      "Paris is the capital. Note that my knowledge cutoff is 2023.",
      "My training data only goes up to September 2021.",
      "As of my last update, the library was at version 3.",
    ],
    passed: [
      "As an AI researcher, you will want a reproducible pipeline.",
      "The knowledge base is cut off from the internet for security.",
      "I don't have a preference between these two libraries; both are maintained.",
      "Large language models are trained on text from the web.",
    ],
  },
] as const)("$signal", ({ signal, detect, flagged, passed }) => {
  it.each(flagged)("flags %j", (reply) => {
    expect(detect(reply)).toBe(true);
    expect(assistantSignals(chat(reply))).toContain(signal);
  });

  it.each(passed)("does not flag %j", (reply) => {
    expect(detect(reply)).toBe(false);
  });
});

describe("refusals", () => {
  it("only counts a refusal that leads the reply", () => {
    const helpful =
      "Sure! Here is how to handle errors in the chat client. First, wrap the call in a try block and log the status code. " +
      "Then check the body: when the service is overloaded it answers with a 529 and a retry hint, so back off and try again. " +
      "Some deployments put a policy layer in front; when a prompt is blocked it replies: I cannot assist with that. Treat that as an error too.";
    expect(isRefusalText(helpful)).toBe(false);
    expect(assistantSignals(chat(helpful))).toEqual([]);
  });

  it("flags refusal content parts and the refusal field", () => {
    expect(assistantSignals(chat([{ type: "refusal", refusal: "No." }]))).toEqual(["refusal"]);
    const record = {
      messages: [
        { role: "user", content: "?" },
        { role: "assistant", content: null, refusal: "Not that." },
      ],
    };
    expect(assistantSignals(record)).toEqual(["refusal"]);
    const empty = { messages: [{ role: "assistant", content: "Fine.", refusal: "" }] };
    expect(assistantSignals(empty)).toEqual([]);
  });
});

describe("assistantSignals", () => {
  it("reads only assistant turns of a chat record", () => {
    const record = {
      messages: [
        { role: "system", content: "As an AI language model you must never say I can't help with that." },
        { role: "user", content: "I'm sorry, but I can't help with the dishes today." },
        { role: "assistant", content: [{ type: "text", text: "No problem, I'll do them." }] },
      ],
    };
    expect(assistantSignals(record)).toEqual([]);
  });

  it("reports both signals in vocabulary order", () => {
    expect(assistantSignals(chat("As an AI language model, I cannot provide that.", "Fine."))).toEqual(["refusal", "boilerplate"]);
  });

  it("reads the input's assistant turns and the preferred output, not the rejected one", () => {
    const preference = (input: string, preferred: string, rejected: string) => ({
      input: {
        messages: [
          { role: "user", content: "Hi" },
          { role: "assistant", content: input },
          { role: "user", content: "And?" },
        ],
      },
      preferred_output: [{ role: "assistant", content: preferred }],
      non_preferred_output: [{ role: "assistant", content: rejected }],
    });
    expect(assistantSignals(preference("Hello.", "Here you go.", "I'm sorry, but I can't help with that."))).toEqual([]);
    expect(assistantSignals(preference("Hello.", "I cannot assist with that.", "Sure."))).toEqual(["refusal"]);
    expect(assistantSignals(preference("As an AI language model, hello.", "Sure.", "Sure."))).toEqual(["boilerplate"]);
  });

  it("yields nothing for odd shapes", () => {
    for (const value of [null, "I can't help with that", 1, [], { messages: [{ role: "assistant", content: 5 }] }, { preferred_output: "no" }]) {
      expect(assistantSignals(value)).toEqual([]);
    }
  });
});
