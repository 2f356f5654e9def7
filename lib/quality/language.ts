import { messageTexts, recordMessages } from "./record-messages";

// The language a record is written in, as an ISO 639-1 code ("en", "fr", "zh"), or
// "und" when there is too little prose to tell or the detector is not sure. ELD
// (efficient language detector, 60 languages) scores byte n-grams; it is several
// times faster than trigram detectors such as franc and better on short chat
// ("Hi, how do I reset my password?" is English to it, Portuguese to franc), which
// matters when every record of a million-record set is checked in the background.

import { UNDETERMINED } from "./language-name";

export { UNDETERMINED, languageName } from "./language-name";

const MIN_LETTERS = 20;
// A Chinese or Japanese character carries about as much as a short word, and the
// script alone already narrows the choice to one or two languages.
const WIDE_WEIGHT = 3;
// Below this share of letters among the visible characters the text is code, data
// or numbers, and trigrams of identifiers name no language.
const MIN_LETTER_SHARE = 0.6;
/** Enough prose to tell the language; more only costs time. */
const SAMPLE = 1000;
/** One long paste (usually code) must not use up the whole sample. */
const PER_TEXT = 500;

type Detector = { detect(text: string): { language: string; isReliable(): boolean } };
let detector: Detector | null = null;

/**
 * Loads the detector's n-gram tables (the smallest set: about 0.3 s and 80 MB), once
 * per process, on first need rather than whenever this module is imported.
 */
export async function loadLanguageDetector(): Promise<void> {
  detector ??= (await import("eld/extrasmall")).eld as Detector;
}

const FENCED_CODE = /```[\s\S]*?(?:```|$)/g;
const INLINE_CODE = /`[^`\n]*`/g;
// Addresses are matched from the start of a word only, so a long token without an
// "@" is read once rather than once from each of its characters.
const URL_OR_ADDRESS = /\b(?:https?:\/\/|www\.)\S+|(?<!\S)\S*@\S*/g;
const LETTER = /\p{L}/u;
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Text with code, links and addresses taken out: what is left is meant to be prose. */
function prose(text: string): string {
  return text.replace(FENCED_CODE, " ").replace(INLINE_CODE, " ").replace(URL_OR_ADDRESS, " ");
}

const isMainWide = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0x3400 && c <= 0x4dbf);

/**
 * Letters, wide (CJK) letters and visible characters, in one pass: ten times faster
 * than counting with regexes, which matters when every record of an import is read.
 * Characters beyond the Basic Multilingual Plane (emoji, rare ideographs) count as
 * two visible non-letters, which the thresholds can bear.
 */
function measure(text: string): { letters: number; wide: number; visible: number } {
  let letters = 0;
  let wide = 0;
  let visible = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const lower = c | 32;
      if (lower >= 97 && lower <= 122) letters++;
      if (c > 32 && c !== 127) visible++;
    } else if (isMainWide(c)) {
      letters++;
      wide++;
      visible++;
    } else if (!/\s/.test(text[i])) {
      visible++;
      if (LETTER.test(text[i])) {
        letters++;
        if (c >= 0x2e80 && WIDE.test(text[i])) wide++;
      }
    }
  }
  return { letters, wide, visible };
}

function detectProse(text: string): string {
  const { letters, wide, visible } = measure(text);
  if (letters + (WIDE_WEIGHT - 1) * wide < MIN_LETTERS) return UNDETERMINED;
  if (letters < MIN_LETTER_SHARE * visible) return UNDETERMINED;
  if (!detector) throw new Error("The language detector is not loaded: await loadLanguageDetector() first.");
  const result = detector.detect(text);
  return result.language && result.isReliable() ? result.language : UNDETERMINED;
}

/** ISO 639-1 code of the language of `text`, or "und". */
export function detectLanguage(text: string): string {
  if (typeof text !== "string") return UNDETERMINED;
  return detectProse(prose(text.slice(0, SAMPLE * 2)).slice(0, SAMPLE));
}

/**
 * The language of a record's user and assistant text (system prompts are often in
 * English whatever language the conversation is in). Reads at most SAMPLE characters,
 * no more than PER_TEXT of them from any one message; for a preference record, the
 * input and the preferred answer.
 */
export function recordLanguage(record: unknown): string {
  let sample = "";
  let budget = SAMPLE;
  for (const { message, role, side } of recordMessages(record)) {
    if (side === "non_preferred" || (role !== "user" && role !== "assistant" && side !== "preferred")) continue;
    for (const text of messageTexts(message)) {
      const read = text.slice(0, Math.min(PER_TEXT, budget));
      sample += prose(read) + "\n";
      budget -= read.length;
      if (budget <= 0) return detectProse(sample);
    }
  }
  return detectProse(sample);
}
