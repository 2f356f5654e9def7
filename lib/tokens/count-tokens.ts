import { countToolDefinitions, isBag, tallyMessages, type Counters, type TokenTally } from "./count-message-tokens";
import { repeatedTextTokenCounter, textTokenCounter, type TokenEncoding } from "./token-encoders";

// The notebook's closing overhead: every example is primed with a reply header.
export const TOKENS_PER_EXAMPLE = 3;

export type RecordTokenCount = {
  /**
   * The example's size, to compare with a model's per-example limit and to bill.
   * Chat records: the notebook's count. Preference records: the larger of
   * input+preferred and input+non-preferred, since each pair is trained as a
   * whole example and the longer one is the one that hits the limit first.
   */
  total: number;
  /** Tokens of assistant content and tool calls (notebook rule); for preference records, input plus preferred output. */
  assistant: number;
  /** Preference (DPO) records only: each side counted as a complete example. */
  preference?: { preferred: number; nonPreferred: number };
};

/**
 * Counts one training record the way OpenAI's data-prep notebook does, with
 * extensions for content parts, tool calls, tool definitions and preference
 * records (see count-message-tokens.ts for each rule). Accepts any value and
 * never throws: unknown keys are ignored at the top level, and odd shapes count
 * only what can be read.
 */
export function countRecordTokens(record: unknown, encoding: TokenEncoding): RecordTokenCount {
  if (!isBag(record)) return { total: 0, assistant: 0 };
  const count = countersFor(encoding);
  if (isPreferenceRecord(record)) return countPreferenceRecord(record, count);
  const tally: TokenTally = { total: TOKENS_PER_EXAMPLE, assistant: 0 };
  tallyMessages(record.messages, count, tally);
  tally.total += countToolDefinitions(record.tools ?? record.functions, count);
  return { total: tally.total, assistant: tally.assistant };
}

const countersByEncoding = new Map<TokenEncoding, Counters>();

function countersFor(encoding: TokenEncoding): Counters {
  let counters = countersByEncoding.get(encoding);
  if (!counters) {
    counters = { text: textTokenCounter(encoding), repeated: repeatedTextTokenCounter(encoding) };
    countersByEncoding.set(encoding, counters);
  }
  return counters;
}

function isPreferenceRecord(record: Record<string, unknown>): boolean {
  return record.messages === undefined && (record.input !== undefined || record.preferred_output !== undefined || record.non_preferred_output !== undefined);
}

/**
 * A preference record is two examples sharing one prompt: input+preferred is
 * the one the model is pushed towards, input+non-preferred the one it is
 * pushed away from. Both are reported; `total` is the larger.
 */
function countPreferenceRecord(record: Record<string, unknown>, count: Counters): RecordTokenCount {
  const input = isBag(record.input) ? record.input : {};
  const prompt: TokenTally = { total: TOKENS_PER_EXAMPLE, assistant: 0 };
  tallyMessages(input.messages, count, prompt);
  prompt.total += countToolDefinitions(input.tools ?? input.functions, count);

  const preferred: TokenTally = { total: 0, assistant: 0 };
  tallyMessages(record.preferred_output, count, preferred);
  const nonPreferred: TokenTally = { total: 0, assistant: 0 };
  tallyMessages(record.non_preferred_output, count, nonPreferred);

  const preferredTotal = prompt.total + preferred.total;
  const nonPreferredTotal = prompt.total + nonPreferred.total;
  return {
    total: Math.max(preferredTotal, nonPreferredTotal),
    assistant: prompt.assistant + preferred.assistant,
    preference: { preferred: preferredTotal, nonPreferred: nonPreferredTotal },
  };
}
