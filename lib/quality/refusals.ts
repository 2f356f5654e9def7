import type { SignalKind } from "./kinds";
import { isObject, messageTexts, recordMessages } from "./record-messages";

// Assistant replies a model should not be trained to copy: refusals, and filler in
// which the model talks about being an AI. Only the replies the model learns from
// are read: every assistant turn of a chat record; in a preference record the input's
// assistant turns and the preferred output, since the rejected answer is meant to
// be bad.

const APOS = "['’‘ʼ]";
const CANT = `(?:can${APOS}?t|cannot|can not|won${APOS}?t(?: be able to)?|will not(?: be able to)?)`;
const UNABLE = "(?:unable|not able|not allowed|not permitted|not going) to";
// "I" only: "we can't support IE11" in a technical answer is about a product.
const I_CANNOT = `(?:i\\s+${CANT}|i${APOS}m\\s+${UNABLE}|i am\\s+${UNABLE})`;

// What a refusal declines to do. "I can't help but notice", "I can't help feeling"
// and "I can't wait" are not refusals, so the verb list is closed.
const DECLINED = [
  "help(?! but\\b| feeling\\b| thinking\\b| wondering\\b| noticing\\b| it\\b)",
  "assist",
  "provide",
  "comply",
  "fulfil",
  "fulfill",
  "do that",
  "do this",
  "create",
  "generate",
  "write",
  "produce",
  "share",
  "give",
  "offer",
  "engage",
  "participate",
  "support",
  "answer",
  "complete",
  "continue with",
  "discuss",
  "disclose",
  "reveal",
  "condone",
  "encourage",
  "facilitate",
].join("|");

// A refusal leads the reply ("I'm sorry, but I can't help with that."); the same
// words further into a helpful answer are usually quoted or about something else.
// A quote mark right before "I" means the phrase itself is being quoted.
const OPENING = 250;
const REFUSAL = new RegExp(
  [
    `(?<!["“'‘])\\b${I_CANNOT}\\s+(?:${DECLINED})\\b`,
    `(?<!["“'‘])\\bi\\s+(?:must|have to|need to)\\s+(?:respectfully\\s+|politely\\s+)?(?:decline|refuse)\\b`,
    `\\bas an ai(?: language model| assistant| model)?,?\\s+${I_CANNOT}\\b`,
    `\\bit(?:${APOS}s| is) not (?:appropriate|possible|ethical) for me to\\b`,
    `\\bit would(?: not|n${APOS}t) be (?:appropriate|possible|ethical|responsible) for me to\\b`,
    `\\bi${APOS}?m not comfortable (?:helping|assisting|providing|writing|creating|generating|sharing)\\b`,
  ].join("|"),
  "i",
);

// Self-reference anywhere in the reply.
const BOILERPLATE = new RegExp(
  [
    `\\bas an? (?:ai|artificial intelligence)(?: language model| model| assistant| chatbot)?\\b(?=\\s*[,.;:]|\\s+(?:i|developed|created|trained|made|built|designed)\\b)`,
    `\\bas an? (?:large )?language model\\b`,
    `\\bi(?:${APOS}m| am) (?:just |only |merely )?an? (?:ai|artificial intelligence)(?: language model| model| assistant| chatbot)?,?\\s+(?:developed|created|trained|made|built|designed|programmed)\\s+by\\b`,
    `\\bi(?:${APOS}m| am) (?:just |only |merely )?an? (?:ai language model|large language model|language model|ai assistant|ai model|ai chatbot)\\b`,
    `\\bi (?:do not|don${APOS}?t) (?:have|possess) (?:any )?(?:personal (?:opinions|feelings|beliefs|preferences|experiences|emotions|views)|feelings|emotions|consciousness|a physical (?:body|form))\\b`,
    `\\b(?:my|the) knowledge cut-?off\\b`,
    `\\bmy training(?: data)? (?:only )?(?:goes|extends|runs|is current) (?:up )?(?:to|until|through)\\b`,
    `\\bas of my last (?:knowledge |training )?update\\b`,
    `\\bi (?:do not|don${APOS}?t) have (?:access to )?real-?time (?:information|data|access)\\b`,
    `\\bi (?:do not|don${APOS}?t|cannot|can${APOS}?t) (?:browse|access) the (?:internet|web)\\b`,
  ].join("|"),
  "i",
);

function hasRefusalPart(message: Record<string, unknown>): boolean {
  if (typeof message.refusal === "string" && message.refusal.trim()) return true;
  return Array.isArray(message.content) && message.content.some((p) => isObject(p) && p.type === "refusal");
}

/** Whether the text of one reply opens with a refusal. */
export function isRefusalText(text: string): boolean {
  return REFUSAL.test(text.trimStart().slice(0, OPENING));
}

/** Whether the text of one reply talks about being an AI. */
export function isBoilerplateText(text: string): boolean {
  return BOILERPLATE.test(text);
}

/** The signals raised by a record's trained-on assistant replies, in SIGNAL_KINDS order. */
export function assistantSignals(record: unknown): SignalKind[] {
  let refusal = false;
  let boilerplate = false;
  for (const { message, role, side } of recordMessages(record)) {
    // Preference outputs are assistant replies by definition, whatever their role says.
    if (side === "non_preferred" || (role !== "assistant" && side !== "preferred")) continue;
    if (!refusal && hasRefusalPart(message)) refusal = true;
    for (const text of messageTexts(message)) {
      if (!refusal && isRefusalText(text)) refusal = true;
      if (!boilerplate && isBoilerplateText(text)) boilerplate = true;
    }
    if (refusal && boilerplate) break;
  }
  const signals: SignalKind[] = [];
  if (refusal) signals.push("refusal");
  if (boilerplate) signals.push("boilerplate");
  return signals;
}
