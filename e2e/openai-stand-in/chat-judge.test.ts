import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { judge, judgeParts, labelKind, positionBiased } from "./chat-judge";
import { standInForTests } from "./stand-in-for-tests";
import { judgeResponseFormat } from "../../lib/evals/judge";

// The judge a pairwise_verdict request gets: it reads the labelled parts of the prompt,
// prefers the response sharing more words with the reference answer (or the question),
// ties on equal counts, and answers "1" whatever it reads for about one pair in five,
// in both orders, which is what judging both orders is there to catch. It is asked with
// the app's own response format, so it is tested against the request the app sends.

const KEY = "sk-stand-in-chat-judge-0123456789";
const { base } = standInForTests(KEY, { timing: { chatMs: 0 } });
const client = () => new OpenAI({ apiKey: KEY, baseURL: base(), maxRetries: 0 });

const prompt = (question: string, reference: string | null, one: string, two: string) =>
  [
    `<question>${question}</question>`,
    reference === null ? "" : `<reference_answer>${reference}</reference_answer>`,
    `<response_1>${one}</response_1>`,
    `<response_2>${two}</response_2>`,
  ].join("\n");

async function verdict(question: string, reference: string | null, one: string, two: string) {
  const answer = await client().chat.completions.create({
    model: "gpt-4.1",
    temperature: 0,
    messages: [
      { role: "system", content: "You compare two responses to the same question. Answer with the better one: 1, 2 or tie." },
      { role: "user", content: prompt(question, reference, one, two) },
    ],
    response_format: judgeResponseFormat(),
  });
  return JSON.parse(answer.choices[0].message.content!) as { reason: string; verdict: string };
}

const QUESTION = "How do I reset my password?";
const REFERENCE = "Open Settings, choose Security, then press Reset password and follow the emailed link.";
const GOOD = "Go to Settings, then Security, and press Reset password; a link arrives by email.";

/** A weak answer whose pair with GOOD is (or is not) one the judge is position-biased on. */
function weakAnswer(biased: boolean): string {
  for (let i = 0; ; i++) {
    const weak = `It depends on your account, variant ${i}.`;
    if (positionBiased(REFERENCE, [GOOD, weak]) === biased) return weak;
  }
}

describe("the judge through the SDK", () => {
  it("prefers the response closer to the reference answer, and follows it when the order is swapped", async () => {
    const weak = weakAnswer(false);
    const ab = await verdict(QUESTION, REFERENCE, GOOD, weak);
    expect(ab.verdict).toBe("1");
    expect(ab.reason).toMatch(/^Response 1 shares \d+ words with the reference answer; response 2 shares 0\.$/);
    expect((await verdict(QUESTION, REFERENCE, weak, GOOD)).verdict).toBe("2");
    // The same request, the same verdict, word for word.
    expect(await verdict(QUESTION, REFERENCE, GOOD, weak)).toEqual(ab);
  });

  it("compares with the question when there is no reference answer, and ties on equal overlap", async () => {
    const two = "To reset a password, use the reset link.";
    const weak = ["It depends.", "It depends, really.", "Hard to say."].find((w) => !positionBiased(QUESTION, [w, two]))!;
    expect(await verdict(QUESTION, null, weak, two)).toEqual({ reason: "Response 2 shares 2 words with the question; response 1 shares 0.", verdict: "2" });
    const tie = ["Reset it from Settings.", "Settings lets you reset it."].find((two) => !positionBiased(REFERENCE, ["Reset it from Settings.", two]))!;
    expect(tie).toBeDefined();
    expect(await verdict(QUESTION, REFERENCE, "Reset it from Settings.", tie)).toEqual({
      reason: "Both responses share 2 words with the reference answer.",
      verdict: "tie",
    });
  });

  it("answers 1 in both orders for a pair it is position-biased on", async () => {
    const weak = weakAnswer(true);
    expect(await verdict(QUESTION, REFERENCE, GOOD, weak)).toEqual({ reason: "Response 1 is clearer and more complete.", verdict: "1" });
    expect((await verdict(QUESTION, REFERENCE, weak, GOOD)).verdict).toBe("1");
  });
});

describe("the judge's reading", () => {
  it("is position-biased on about one pair in five, whichever comes first", () => {
    let biased = 0;
    for (let i = 0; i < 1000; i++) {
      const pair: [string, string] = [`answer ${i}`, `other answer ${i * 7}`];
      const b = positionBiased(`reference ${i % 13}`, pair);
      expect(positionBiased(`reference ${i % 13}`, [pair[1], pair[0]])).toBe(b);
      if (b) biased++;
    }
    expect(biased).toBeGreaterThan(150);
    expect(biased).toBeLessThan(250);
  });

  it("knows labels in tags, brackets, headings and label lines", () => {
    expect(
      ["Reference answer", "expected_output", "Response 1", "Assistant A's Answer", "answer_2", "Second response", "User question", "Verdict"].map(labelKind),
    ).toEqual(["reference", "reference", "first", "first", "second", "second", "question", null]);
    const mtBench =
      "[User Question]\nWhat is 2+2?\n\n[The Start of Reference Answer]\nFour.\n[The End of Reference Answer]\n\n[The Start of Assistant A's Answer]\n4\n[The End of Assistant A's Answer]\n\n[The Start of Assistant B's Answer]\nFive\n[The End of Assistant B's Answer]";
    expect(judgeParts(mtBench)).toMatchObject({ question: "What is 2+2?", reference: "Four.", responses: ["4", "Five"] });
    const headings = "## Question\nWhy?\n\n## Response 1\nBecause.\nSecond line.\n\n## Response 2\nNo idea.";
    expect(judgeParts(headings)).toMatchObject({ question: "Why?", reference: null, responses: ["Because.\nSecond line.", "No idea."] });
    const lines = "Question: Why?\n**Reference answer:** Because of gravity.\nResponse 1: Gravity.\nResponse 2: Magic.\nVerdict: pick one.";
    expect(judgeParts(lines)).toMatchObject({ question: "Why?", reference: "Because of gravity.", responses: ["Gravity.", "Magic.\nVerdict: pick one."] });
  });

  it("says so when the prompt does not show two responses", () => {
    expect(judge(judgeParts("Which is better, this or that?"))).toEqual({ reason: expect.stringMatching(/does not show two responses/), verdict: "tie" });
  });
});
