// Many records' inputs in few requests. The endpoint takes an array of strings and
// answers one result per string, in order; these limits keep each request well inside
// what the provider accepts and each input short enough to be judged as a whole.

export const MODERATION_MODEL = "omni-moderation-latest";

export type ModerationLimits = {
  /** Longest single input; longer texts are split (about 2,000 tokens of English). */
  charsPerInput: number;
  inputsPerRequest: number;
  /** All inputs of one request together. */
  charsPerRequest: number;
};

export const MODERATION_LIMITS: ModerationLimits = { charsPerInput: 8_000, inputsPerRequest: 32, charsPerRequest: 64_000 };

export type RecordInputs = { id: number; inputs: string[] };

/** One request: its inputs, and beside each the record it came from. */
export type ModerationBatch = { inputs: string[]; owners: number[] };

/** Groups inputs into requests in record order; one record's inputs may span two requests. */
export function planBatches(records: RecordInputs[], limits: ModerationLimits = MODERATION_LIMITS): ModerationBatch[] {
  const batches: ModerationBatch[] = [];
  let current: ModerationBatch = { inputs: [], owners: [] };
  let chars = 0;
  for (const r of records) {
    for (const input of r.inputs) {
      if (input.length > limits.charsPerInput)
        throw new Error(`An input of record ${r.id} is longer than ${limits.charsPerInput} characters; pack it with packTexts first.`);
      if (current.inputs.length && (current.inputs.length >= limits.inputsPerRequest || chars + input.length > limits.charsPerRequest)) {
        batches.push(current);
        current = { inputs: [], owners: [] };
        chars = 0;
      }
      current.inputs.push(input);
      current.owners.push(r.id);
      chars += input.length;
    }
  }
  if (current.inputs.length) batches.push(current);
  return batches;
}
