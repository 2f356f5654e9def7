// The strings countRecordTokens encodes for one chat record, handed to the bare
// tokenizer as the baseline. It includes tool-call names, arguments and the tools
// JSON, so that on this corpus (15% tool use) both sides do the same encoding work. Content here is always a
// plain string; the corpus has no content parts.

type Bag = Record<string, unknown>;
const isBag = (v: unknown): v is Bag => typeof v === "object" && v !== null && !Array.isArray(v);

export function modelVisibleStrings(record: unknown, out: string[] = []): string[] {
  if (!isBag(record) || !Array.isArray(record.messages)) return out;
  for (const message of record.messages) {
    if (!isBag(message)) continue;
    for (const key in message) {
      const value = message[key];
      if (key === "tool_calls" && Array.isArray(value)) {
        for (const call of value) {
          const fn = isBag(call) ? call.function : undefined;
          if (isBag(fn) && typeof fn.name === "string") out.push(fn.name);
          if (isBag(fn) && typeof fn.arguments === "string") out.push(fn.arguments);
        }
      } else if (typeof value === "string" && key !== "tool_call_id") out.push(value);
    }
  }
  if (Array.isArray(record.tools) && record.tools.length) out.push(JSON.stringify(record.tools));
  return out;
}
