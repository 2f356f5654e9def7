import { baseAnswer, baseText, baseToolCalls, type Answer } from "./chat-base-answer";
import { judge, judgePartsOf } from "./chat-judge";
import { learnedAnswer } from "./chat-learned-answer";
import type { ChatModel } from "./chat-models";
import type { ChatRequest } from "./chat-request";
import type { ResponseFormat } from "./chat-response-format";
import { firstNumber, valueFor } from "./chat-schema-values";
import { contentWordsOf } from "./chat-words";
import { isObject } from "./param-checks";

// Which answer a model gives: the judge's verdict when asked for a `pairwise_verdict`,
// a fine-tuned model's nearest training answer, or a base model's generic one; then
// what tool_choice allows (no calls under "none", a call under "required"), then the
// response format (JSON when asked for JSON).

export const JUDGE_SCHEMA = "pairwise_verdict";

function parsesToObject(text: string): boolean {
  try {
    return isObject(JSON.parse(text));
  } catch {
    return false;
  }
}

/** The text as the response format wants it; an answer already a JSON object stays as it is. */
function formatted(text: string, format: ResponseFormat): string {
  if (format.type === "text" || parsesToObject(text)) return text;
  if (format.type === "json_object") return JSON.stringify({ answer: text });
  return JSON.stringify(valueFor(format.schema, { words: contentWordsOf(text), number: firstNumber(text) }));
}

export function modelAnswer(request: ChatRequest, model: ChatModel): Answer {
  const format = request.responseFormat;
  if (format.type === "json_schema" && format.name === JUDGE_SCHEMA) {
    const { reason, verdict } = judge(judgePartsOf(request.messages));
    return { content: JSON.stringify({ reason, verdict }), toolCalls: [] };
  }
  let answer = (model.lineage.length > 0 ? learnedAnswer(request.messages, model.lineage) : null) ?? baseAnswer(request, model.base);
  const { mode } = request.tools;
  if (mode === "none" && answer.toolCalls.length > 0) answer = { content: answer.content ?? baseText(request, model.base), toolCalls: [] };
  if (mode === "required" && answer.toolCalls.length === 0) {
    const calls = baseToolCalls(request);
    if (calls.length > 0) answer = { content: null, toolCalls: calls };
  }
  if (answer.toolCalls.length > 0) return answer;
  return { content: formatted(answer.content ?? "", format), toolCalls: [] };
}
