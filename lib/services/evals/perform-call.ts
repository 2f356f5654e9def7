import type OpenAI from "openai";
import { db } from "../../db/client";
import { answerRequest, maxTokensField } from "../../evals/answer-request";
import { answerFromCompletion } from "../../evals/extract-example";
import { judgeRequest, parseJudgeOutput } from "../../evals/judge";
import type { Answer, EvalPrompt } from "../../evals/eval-types";
import type { CallKind } from "../../evals/eval-vocabulary";
import type { ProviderKind } from "../../fine-tunes/fine-tune-vocabulary";

// One request of a run: a model's answer to an example, or the judge's verdict on
// the two answers in one order. The row is written when the answer comes back; a
// failure is left to the runner, which decides whether to retry.

export type RunSettings = {
  provider: ProviderKind;
  modelA: string;
  modelB: string;
  temperature: number;
  maxTokens: number;
  judgeModel: string | null;
  judgeRubric: string | null;
};

export type PendingCall = { id: number; exampleId: number; kind: CallKind; attempts: number };

/** The judge's verdict is short; this leaves room for its reason. */
const JUDGE_MAX_TOKENS = 800;

export class MissingAnswerError extends Error {}

export async function performCall(client: OpenAI, run: RunSettings, call: PendingCall, signal: AbortSignal): Promise<void> {
  const example = await db().evalExample.findUniqueOrThrow({ where: { id: call.exampleId }, select: { prompt: true, reference: true } });
  const prompt = JSON.parse(example.prompt) as EvalPrompt;
  const started = performance.now();
  let body;
  if (call.kind === "a" || call.kind === "b") {
    body = answerRequest(prompt, {
      model: call.kind === "a" ? run.modelA : run.modelB,
      temperature: run.temperature,
      maxTokens: run.maxTokens,
      provider: run.provider,
    });
  } else {
    const answers = await answersOf(call.exampleId);
    const [first, second] = call.kind === "judge_ab" ? [answers.a, answers.b] : [answers.b, answers.a];
    const request = judgeRequest({ prompt, reference: JSON.parse(example.reference) as Answer, first, second, rubric: run.judgeRubric ?? "" });
    body = {
      model: run.judgeModel!,
      temperature: 0,
      [maxTokensField(run.provider)]: JUDGE_MAX_TOKENS,
      ...request,
    } as unknown as Parameters<OpenAI["chat"]["completions"]["create"]>[0] & { stream?: false };
  }
  const completion = await withOwnSignal(signal, (own) => client.chat.completions.create(body, { signal: own }));
  const latencyMs = Math.round(performance.now() - started);
  const choice = completion.choices[0];
  const output =
    call.kind === "a" || call.kind === "b"
      ? answerFromCompletion(choice?.message ?? { content: null }, choice?.finish_reason ?? null)
      : parseJudgeOutput(choice?.message?.content ?? null);
  await db().evalCall.update({
    where: { id: call.id },
    data: {
      status: "done",
      output: JSON.stringify(output),
      promptTokens: completion.usage?.prompt_tokens ?? null,
      completionTokens: completion.usage?.completion_tokens ?? null,
      latencyMs,
      attempts: call.attempts + 1,
      error: null,
      finishedAt: new Date(),
    },
  });
}

/** Both answers of an example; a judge call waits for them (the runner orders it so). */
async function answersOf(exampleId: number): Promise<{ a: Answer; b: Answer }> {
  const rows = await db().evalCall.findMany({ where: { exampleId, kind: { in: ["a", "b"] }, status: "done" }, select: { kind: true, output: true } });
  const a = rows.find((r) => r.kind === "a")?.output;
  const b = rows.find((r) => r.kind === "b")?.output;
  if (!a || !b) throw new MissingAnswerError("a model gave no answer to this example, so there is nothing to judge");
  return { a: JSON.parse(a) as Answer, b: JSON.parse(b) as Answer };
}

/**
 * Runs a request on a signal of its own that follows the run's: the SDK leaves a
 * listener on the signal it is given, and a run makes thousands of requests.
 */
async function withOwnSignal<T>(run: AbortSignal, request: (own: AbortSignal) => Promise<T>): Promise<T> {
  const own = new AbortController();
  const follow = () => own.abort();
  if (run.aborted) own.abort();
  else run.addEventListener("abort", follow, { once: true });
  try {
    return await request(own.signal);
  } finally {
    run.removeEventListener("abort", follow);
  }
}
