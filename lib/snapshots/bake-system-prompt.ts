import { countToolDefinitions, isBag, tallyMessage, type Counters, type TokenTally } from "../tokens/count-message-tokens";
import { TOKENS_PER_EXAMPLE } from "../tokens/count-tokens";
import { vocabulary } from "../vocabulary";
import { repeatedTextTokenCounter, textTokenCounter, type TokenEncoding } from "../tokens/token-encoders";

// "Bake the instructions into the model": a model fine-tuned on examples without the
// long system prompt (or with a short one) behaves as if it had it, so every future
// request can leave it out and pays fewer prompt tokens. A snapshot can drop the
// leading system (or developer) messages of every example, or replace them with one
// short system message; this module does it to one line and counts what a request saves.

export const { words: SYSTEM_PROMPT_MODES, labels: SYSTEM_PROMPT_MODE_LABELS } = vocabulary({
  keep: "Kept as written",
  drop: "Dropped",
  replace: "Replaced with a short one",
});
export type SystemPromptMode = (typeof SYSTEM_PROMPT_MODES)[number];

export type BakeOptions = { mode: SystemPromptMode; replacement?: string | null; encoding: TokenEncoding };

export type BakedLine = {
  line: string;
  changed: boolean;
  /** Prompt tokens a future request saves: the old instructions' tokens minus the new ones (negative when one is added). */
  tokensSaved: number;
  /** Prompt tokens of the example as a request before the change: what the saving is a share of. */
  promptTokens: number;
};

const INSTRUCTION_ROLES = new Set(["system", "developer"]);

const countersByEncoding = new Map<TokenEncoding, Counters>();
function countersFor(encoding: TokenEncoding): Counters {
  let c = countersByEncoding.get(encoding);
  if (!c) countersByEncoding.set(encoding, (c = { text: textTokenCounter(encoding), repeated: repeatedTextTokenCounter(encoding) }));
  return c;
}

function messageTokens(messages: readonly unknown[], counters: Counters): number {
  const tally: TokenTally = { total: 0, assistant: 0 };
  for (const m of messages) tallyMessage(m, counters, tally);
  return tally.total;
}

/**
 * The prompt of a request the example stands for, counted as the notebook counts
 * messages: everything before the last assistant reply (a preference record's whole
 * input), its tool definitions and the reply priming.
 */
function promptTokens(record: Record<string, unknown>, messages: readonly unknown[], preference: boolean, counters: Counters): number {
  let end = messages.length;
  if (!preference) while (end > 0 && (messages[end - 1] as { role?: unknown } | null)?.role === "assistant") end--;
  const host = preference ? (record.input as Record<string, unknown>) : record;
  return TOKENS_PER_EXAMPLE + messageTokens(messages.slice(0, end), counters) + countToolDefinitions(host.tools ?? host.functions, counters);
}

/** One line with its system prompt kept, dropped or replaced. A line it does not change is returned as it came, byte for byte. */
export function bakeSystemPrompt(line: string, o: BakeOptions): BakedLine {
  if (o.mode === "keep") return { line, changed: false, tokensSaved: 0, promptTokens: 0 };
  const record: unknown = JSON.parse(line);
  if (!isBag(record)) return { line, changed: false, tokensSaved: 0, promptTokens: 0 };
  const preference = !Array.isArray(record.messages) && isBag(record.input);
  const messages = preference ? (record.input as Record<string, unknown>).messages : record.messages;
  if (!Array.isArray(messages)) return { line, changed: false, tokensSaved: 0, promptTokens: 0 };

  const counters = countersFor(o.encoding);
  const before = promptTokens(record, messages, preference, counters);
  let lead = 0;
  while (lead < messages.length && INSTRUCTION_ROLES.has((messages[lead] as { role?: unknown } | null)?.role as string)) lead++;
  const removed = messages.slice(0, lead);
  const added = o.mode === "replace" ? [{ role: "system", content: o.replacement ?? "" }] : [];
  if (JSON.stringify(removed) === JSON.stringify(added)) return { line, changed: false, tokensSaved: 0, promptTokens: before };
  messages.splice(0, lead, ...added);
  return {
    line: JSON.stringify(record),
    changed: true,
    tokensSaved: messageTokens(removed, counters) - messageTokens(added, counters),
    promptTokens: before,
  };
}

export type BakeSummary = {
  mode: SystemPromptMode;
  replacement: string | null;
  records: number;
  /** Examples whose line changed. */
  changed: number;
  tokensSavedTotal: number;
  /** Average prompt tokens each future request saves (one decimal). */
  tokensSavedPerRequest: number;
  promptTokensBefore: number;
  /** Share of prompt tokens cut, in percent (one decimal); 0 when nothing is counted. */
  percentCut: number;
};

/** The saving shown before a snapshot is made, from the first records of the selection. */
export type SystemPromptPreview = { records: number; sampled: number; summary: BakeSummary };

/** Adds up baked lines as they stream past, for the manifest and the preview. */
export class BakeTally {
  private records = 0;
  private changed = 0;
  private saved = 0;
  private prompt = 0;

  constructor(
    private readonly mode: SystemPromptMode,
    private readonly replacement: string | null = null,
  ) {}

  add(b: BakedLine): void {
    this.records++;
    if (b.changed) this.changed++;
    this.saved += b.tokensSaved;
    this.prompt += b.promptTokens;
  }

  summary(): BakeSummary {
    const round1 = (x: number) => Math.round(x * 10) / 10;
    return {
      mode: this.mode,
      replacement: this.mode === "replace" ? this.replacement : null,
      records: this.records,
      changed: this.changed,
      tokensSavedTotal: this.saved,
      tokensSavedPerRequest: this.records ? round1(this.saved / this.records) : 0,
      promptTokensBefore: this.prompt,
      percentCut: this.prompt ? round1((100 * this.saved) / this.prompt) : 0,
    };
  }
}
