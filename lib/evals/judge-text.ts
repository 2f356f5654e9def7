import type { Message } from "../formats/schemas";
import type { Answer, EvalPrompt } from "./eval-types";

// How the judge reads a conversation and an answer: plain labelled text, with tool
// calls and tool definitions spelled out, and media named rather than inlined (the
// judge compares replies, and a base64 image would only crowd them out).

type Part = { type: string; [key: string]: unknown };

function partText(part: Part): string {
  switch (part.type) {
    case "text":
      return String(part.text);
    case "refusal":
      return `(declined) ${String(part.refusal)}`;
    case "image_url":
      return "[image]";
    case "input_audio":
      return "[audio]";
    case "file": {
      const file = part.file as { filename?: string } | undefined;
      return file?.filename ? `[file ${file.filename}]` : "[file]";
    }
    default:
      return `[${part.type}]`;
  }
}

function contentText(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return (content as Part[]).map(partText).join("\n");
}

const callText = (name: string, args: string) => `${name}(${args})`;

function messageBlock(message: Message): string {
  const lines: string[] = [];
  let label: string = message.role;
  if (message.role === "tool") label = `tool result (call ${message.tool_call_id})`;
  else if (message.role === "function") label = `function result (${message.name})`;
  else if (message.name) label = `${message.role} ${message.name}`;
  const text = contentText(message.content);
  if (text) lines.push(text);
  if (message.role === "assistant") {
    if (message.refusal) lines.push(`(declined) ${message.refusal}`);
    for (const call of message.tool_calls ?? []) lines.push(`calls ${callText(call.function.name, call.function.arguments)} [call ${call.id}]`);
    if (message.function_call) lines.push(`calls ${callText(message.function_call.name, message.function_call.arguments)}`);
  }
  return `[${label}]\n${lines.join("\n")}`;
}

/** The conversation, one labelled block per message. */
export function conversationText(prompt: EvalPrompt): string {
  return prompt.messages.map(messageBlock).join("\n\n");
}

/** The functions the assistant could call, or null when it had none. */
export function toolsText(prompt: EvalPrompt): string | null {
  const functions = [...(prompt.tools ?? []).map((t) => t.function), ...(prompt.functions ?? [])];
  if (functions.length === 0) return null;
  return functions
    .map((f) => {
      const head = f.description ? `- ${f.name}: ${f.description}` : `- ${f.name}`;
      return f.parameters ? `${head}\n  parameters: ${JSON.stringify(f.parameters)}` : head;
    })
    .join("\n");
}

const STOPPED: Record<string, string> = {
  length: "(the response was cut off at the length limit)",
  content_filter: "(the response was stopped by the provider's content filter)",
};

/** An answer as the judge sees it: text, refusal, tool calls, and why it stopped if it stopped early. */
export function answerBlock(answer: Answer): string {
  const lines: string[] = [];
  if (answer.content?.trim()) lines.push(answer.content);
  if (answer.refusal?.trim()) lines.push(`(declined) ${answer.refusal}`);
  for (const call of answer.toolCalls) lines.push(`calls ${callText(call.name, call.arguments)}`);
  if (lines.length === 0) lines.push("(empty response)");
  const stopped = answer.finishReason ? STOPPED[answer.finishReason] : undefined;
  if (stopped) lines.push(stopped);
  return lines.join("\n");
}
