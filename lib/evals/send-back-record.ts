import type { Answer, EvalPrompt } from "./eval-types";

// The training record a losing example becomes. A chat example comes back as the
// prompt followed by the candidate's losing answer, marked "needs changes": an
// annotator rewrites that turn into what the model should have said (the reference and
// the winning answer are in the record's note), and the next fine-tune learns the fix.
// A preference example comes back as a ready pair: the reference preferred over the
// candidate's answer, which is exactly what DPO trains on.

export function answerMessage(a: Answer, idPrefix = "call_eval"): Record<string, unknown> {
  const message: Record<string, unknown> = { role: "assistant" };
  const text = a.content ?? (a.toolCalls.length ? null : (a.refusal ?? ""));
  if (text !== null) message.content = text;
  if (a.toolCalls.length) {
    message.tool_calls = a.toolCalls.map((c, i) => ({ id: `${idPrefix}_${i + 1}`, type: "function", function: { name: c.name, arguments: c.arguments } }));
  }
  return message;
}

function promptFields(prompt: EvalPrompt): Record<string, unknown> {
  return {
    ...(prompt.tools ? { tools: prompt.tools } : {}),
    ...(prompt.parallel_tool_calls !== undefined ? { parallel_tool_calls: prompt.parallel_tool_calls } : {}),
    ...(prompt.functions ? { functions: prompt.functions } : {}),
  };
}

export function sendBackRecord(kind: "chat" | "preference", prompt: EvalPrompt, reference: Answer, losing: Answer): Record<string, unknown> {
  if (kind === "preference") {
    return {
      input: { messages: prompt.messages, ...promptFields(prompt) },
      preferred_output: [answerMessage(reference, "call_ref")],
      non_preferred_output: [answerMessage(losing)],
    };
  }
  return { messages: [...prompt.messages, answerMessage(losing)], ...promptFields(prompt) };
}
