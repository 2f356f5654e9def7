import * as z from "zod";

// The OpenAI fine-tuning line formats (chat and preference/DPO), as the API's
// FineTuneChatRequestInput / FineTunePreferenceRequestInput define them. They are
// exact about what OpenAI rejects but no stricter: extra keys are tolerated here
// (parse-line lists them, strict.ts drops them for a strict export), and checks
// OpenAI only does later (arguments being JSON, token limits) belong to pre-flight.

export const ROLES = ["system", "user", "assistant", "tool"] as const;
const ROLE_HINT = `expected one of ${ROLES.join(", ")}`;

// Schema-level messages receive the raw issue; a missing key should read "required"
// rather than a type complaint about `undefined`.
type RawIssue = { input?: unknown };
const unlessMissing = (message: string) => (iss: RawIssue) => (iss.input === undefined ? "required" : message);

const textPart = z.object({ type: z.literal("text"), text: z.string() });

const imagePart = z.object({
  type: z.literal("image_url"),
  image_url: z.object({ url: z.string(), detail: z.enum(["auto", "low", "high"]).optional() }),
});

const audioPart = z.object({
  type: z.literal("input_audio"),
  input_audio: z.object({ data: z.string(), format: z.enum(["wav", "mp3"]) }),
});

const filePart = z.object({
  type: z.literal("file"),
  file: z.object({
    filename: z.string().optional(),
    file_data: z.string().optional(),
    file_id: z.string().optional(),
  }),
});

const refusalPart = z.object({ type: z.literal("refusal"), refusal: z.string() });

// Which part types each role may carry follows the chat API: only user messages
// take media, only assistant messages take refusals.
const userPart = z.discriminatedUnion("type", [textPart, imagePart, audioPart, filePart], {
  error: unlessMissing("expected one of text, image_url, input_audio, file"),
});
const assistantPart = z.discriminatedUnion("type", [textPart, refusalPart], {
  error: unlessMissing("expected one of text, refusal"),
});
const textOnlyPart = (role: string) =>
  z.object({
    type: z.literal("text", { error: unlessMissing(`expected "text": ${role} messages take only text parts`) }),
    text: z.string(),
  });

const contentOf = <T extends z.ZodType>(part: T) =>
  z.union([z.string(), z.array(part).min(1, { error: "expected at least one content part" })], {
    error: unlessMissing("expected a string or an array of content parts"),
  });

const name = z.string().optional();
// Any value is wrong here, so a message that names the fix beats a type complaint.
const noWeight = z.never({ error: "weight is only allowed on assistant messages: remove it" }).optional();

export const toolCallSchema = z.object({
  id: z.string(),
  type: z.literal("function"),
  function: z.object({
    name: z.string(),
    arguments: z.string({
      error: unlessMissing("expected a string: tool call arguments are JSON text, so encode the object with JSON.stringify"),
    }),
  }),
});

// Legacy function calling (before tools). OpenAI still accepts it in training files.
const functionCall = z.object({ name: z.string(), arguments: z.string() });

export const systemMessageSchema = z.object({
  role: z.literal("system"),
  content: contentOf(textOnlyPart("system")),
  name,
  weight: noWeight,
});

export const userMessageSchema = z.object({
  role: z.literal("user"),
  content: contentOf(userPart),
  name,
  weight: noWeight,
});

// Shared by chat assistant messages and preference outputs; the latter take no weight.
const assistantFields = {
  role: z.literal("assistant", { error: unlessMissing('expected "assistant"') }),
  content: contentOf(assistantPart).nullable().optional(),
  refusal: z.string().nullable().optional(),
  name,
  tool_calls: z.array(toolCallSchema).min(1, { error: "expected at least one tool call, or leave tool_calls out" }).optional(),
  function_call: functionCall.nullable().optional(),
};

const hasReply = (m: { content?: unknown; tool_calls?: unknown; function_call?: unknown }) =>
  m.content != null || m.tool_calls != null || m.function_call != null;
const NO_REPLY = "assistant message has neither content nor tool_calls: add the reply the model should learn";

const weight = z.literal([0, 1], {
  error: unlessMissing("weight must be 0 (skip this reply in training) or 1 (train on it)"),
});

export const assistantMessageSchema = z.object({ ...assistantFields, weight: weight.optional() }).refine(hasReply, { error: NO_REPLY });

export const outputMessageSchema = z.object(assistantFields).refine(hasReply, { error: NO_REPLY });

export const toolMessageSchema = z.object({
  role: z.literal("tool"),
  content: contentOf(textOnlyPart("tool")),
  tool_call_id: z.string(),
  weight: noWeight,
});

export const functionMessageSchema = z.object({
  role: z.literal("function"),
  content: z.string().nullable(),
  name: z.string(),
  weight: noWeight,
});

export const messageSchema = z.discriminatedUnion(
  "role",
  [systemMessageSchema, userMessageSchema, assistantMessageSchema, toolMessageSchema, functionMessageSchema],
  {
    // The legacy "function" role is accepted but not advertised.
    error: (iss) => {
      if ((iss as { code: string }).code === "invalid_type") {
        return 'expected a message object like {"role": "user", "content": "..."}';
      }
      const role = (iss.input as { role?: unknown } | undefined)?.role;
      return role === undefined ? `required: set it to one of ${ROLES.join(", ")}` : ROLE_HINT;
    },
  },
);

// OpenAI's rule for function names; a bad one fails the whole job.
export const FUNCTION_NAME = /^[a-zA-Z0-9_-]{1,64}$/;
const functionName = z.string().regex(FUNCTION_NAME, {
  error: "use only letters, digits, _ and -, at most 64 characters",
});
const jsonSchemaObject = z.record(z.string(), z.unknown(), { error: unlessMissing("expected a JSON Schema object") });

const functionDef = z.object({
  name: functionName,
  description: z.string().optional(),
  parameters: jsonSchemaObject.optional(),
  strict: z.boolean().nullable().optional(),
});

export const toolSchema = z.object({ type: z.literal("function"), function: functionDef });

const toolFields = {
  tools: z.array(toolSchema).optional(),
  parallel_tool_calls: z.boolean().optional(),
  functions: z.array(functionDef.omit({ strict: true })).optional(),
};

const hasAssistant = (messages: unknown) => Array.isArray(messages) && messages.some((m) => (m as { role?: unknown } | null)?.role === "assistant");

export const chatLineSchema = z.object({ messages: z.array(messageSchema), ...toolFields }).refine((line) => hasAssistant(line.messages), {
  error: "no assistant message: add the assistant reply the model should learn",
  path: ["messages"],
  // Run even when some message is broken, so every error of the line shows at once.
  when: (payload) => Array.isArray((payload.value as { messages?: unknown } | null)?.messages),
});

const preferenceOutput = z.array(outputMessageSchema).length(1, { error: "expected exactly one assistant message" });

export const preferenceLineSchema = z.object({
  input: z.object({
    messages: z.array(messageSchema).min(1, { error: "expected at least one message: add the prompt" }),
    ...toolFields,
  }),
  preferred_output: preferenceOutput,
  non_preferred_output: preferenceOutput,
});

export type Message = z.infer<typeof messageSchema>;
export type OutputMessage = z.infer<typeof outputMessageSchema>;
export type ToolCall = z.infer<typeof toolCallSchema>;
export type Tool = z.infer<typeof toolSchema>;
export type ChatLine = z.infer<typeof chatLineSchema>;
export type PreferenceLine = z.infer<typeof preferenceLineSchema>;
export type LineKind = "chat" | "preference";
export type LineRecord = ChatLine | PreferenceLine;

/** Tool call arguments must be a JSON string; pre-flight uses this to say why one is not. */
export function argumentsParse(s: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(s) };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}
