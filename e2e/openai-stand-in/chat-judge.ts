import { messageText, type RequestMessage } from "./chat-messages";
import { contentWordSet, digest, sharedWords } from "./chat-words";

// The LLM judge, for requests whose response_format is the json_schema named
// `pairwise_verdict`: it finds the two responses (and the reference answer or the
// question) in the prompt by their labels, and prefers the response that shares more
// content words with the reference answer, or, without one, with the question; equal
// counts are a tie. Like real judges it has a position bias: for about one pair in
// five (the first byte of a digest of the compared texts, taken in either order, is a
// multiple of 5) it always answers "1", so judging both orders shows it up.

export type Verdict = "1" | "2" | "tie";

export type JudgeParts = {
  question: string | null;
  reference: string | null;
  responses: [string, string] | null;
  /** The prompt's text, for a judge shown no question section. */
  all: string;
};

type Kind = "question" | "reference" | "first" | "second";

/** What a label names, or null for a label the judge does not know (which then stays part of the text). */
export function labelKind(label: string): Kind | null {
  const l = label
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .replace(/[_\-.]+/g, " ");
  if (/\b(reference|expected|gold|ideal|target|correct)\b/.test(l)) return "reference";
  if (/\b(response|answer|assistant|output|candidate|completion|model)\s*(1|one|a)\b/.test(l) || /\bfirst\s+(response|answer)\b/.test(l)) return "first";
  if (/\b(response|answer|assistant|output|candidate|completion|model)\s*(2|two|b)\b/.test(l) || /\bsecond\s+(response|answer)\b/.test(l)) return "second";
  if (/\b(question|prompt|conversation|instruction|task|input|query|user)\b/.test(l)) return "question";
  return null;
}

// Labels the judge reads: <tag> … </tag> anywhere; on a line of their own, [Label],
// [The Start of Label] … [The End of Label] and markdown headings; at a line's start,
// "Label:" (bold or not) with the text after it.
const MARKER = new RegExp(
  [
    String.raw`<[ \t]*(\/?)[ \t]*([A-Za-z][\w .'-]{0,40}?)[ \t]*>`,
    String.raw`^[ \t]*\[[ \t]*(?:the[ \t]+)?(start|end|beginning)[ \t]+of[ \t]+([^\]\n]{1,60})\][ \t]*$`,
    String.raw`^[ \t]*\[([^\]\n]{1,60})\][ \t]*$`,
    String.raw`^[ \t]*#{1,6}[ \t]+([^\n]{1,60}?)[ \t:]*$`,
    String.raw`^[ \t]*(?:\*\*|__)?([A-Za-z][\w .'-]{0,40}?)[ \t]*(?:\*\*|__)?:(?:\*\*|__)?`,
  ].join("|"),
  "gmi",
);

type Marker = { start: number; end: number; kind: Kind; closes: boolean };

function markersOf(text: string): Marker[] {
  const found: Marker[] = [];
  for (const m of text.matchAll(MARKER)) {
    const label = m[2] ?? m[4] ?? m[5] ?? m[6] ?? m[7] ?? "";
    const kind = labelKind(label);
    if (kind) found.push({ start: m.index, end: m.index + m[0].length, kind, closes: m[1] === "/" || m[3]?.toLowerCase() === "end" });
  }
  return found;
}

/** The labelled parts of a judge's prompt: each one's text runs to the next label. */
export function judgeParts(text: string): JudgeParts {
  const markers = markersOf(text);
  const parts: Partial<Record<Kind, string>> = {};
  markers.forEach((m, i) => {
    if (m.closes || parts[m.kind] !== undefined) return;
    const body = text.slice(m.end, markers[i + 1]?.start ?? text.length).trim();
    if (body !== "") parts[m.kind] = body;
  });
  const responses = parts.first !== undefined && parts.second !== undefined ? ([parts.first, parts.second] as [string, string]) : null;
  return { question: parts.question ?? null, reference: parts.reference ?? null, responses, all: text };
}

/** The prompt as the judge reads it: its user messages, or every message when they do not show both responses. */
export function judgePartsOf(messages: RequestMessage[]): JudgeParts {
  const user = judgeParts(
    messages
      .filter((m) => m.role === "user")
      .map(messageText)
      .join("\n\n"),
  );
  return user.responses ? user : judgeParts(messages.map(messageText).join("\n\n"));
}

/** The same for either order of the two responses. */
export function positionBiased(target: string, responses: [string, string]): boolean {
  return digest([target, ...[...responses].sort()].join("\u0000"))[0] % 5 === 0;
}

export function judge(parts: JudgeParts): { reason: string; verdict: Verdict } {
  if (!parts.responses) {
    return { reason: "The prompt does not show two responses to compare; label them Response 1 and Response 2.", verdict: "tie" };
  }
  const [one, two] = parts.responses;
  const against = parts.reference ? "the reference answer" : "the question";
  const target = parts.reference ?? parts.question ?? parts.all.replace(one, "").replace(two, "");
  if (positionBiased(target, parts.responses)) return { reason: "Response 1 is clearer and more complete.", verdict: "1" };
  const words = contentWordSet(target);
  const a = sharedWords(contentWordSet(one), words);
  const b = sharedWords(contentWordSet(two), words);
  if (a === b) return { reason: `Both responses share ${a} words with ${against}.`, verdict: "tie" };
  const [winner, loser] = a > b ? [1, 2] : [2, 1];
  return {
    reason: `Response ${winner} shares ${Math.max(a, b)} words with ${against}; response ${loser} shares ${Math.min(a, b)}.`,
    verdict: a > b ? "1" : "2",
  };
}
