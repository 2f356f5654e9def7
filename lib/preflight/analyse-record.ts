import { createHash } from "node:crypto";
import type { FineTunableModel } from "../models/fine-tunable-models";
import { contentText } from "../formats/normalize";
import { recordPiiKinds } from "../quality/pii";
import { recordLanguage } from "../quality/language";
import { assistantSignals } from "../quality/refusals";
import { joinKinds, type PiiKind } from "../quality/kinds";
import { checkExample } from "./check-example";
import type { Finding } from "./codes";

// Everything the background pass stores about one record: its pre-flight findings
// under the dataset's target model, its token counts, and the quality signals the
// table filters on. One parse of the line serves all of them.

export type RecordAnalysis = {
  tokens: number | null;
  assistantTokens: number | null;
  findings: Finding[];
  errorCount: number;
  /** ",code,code," (see lib/quality/kinds.ts for the convention). */
  findingCodes: string;
  pii: string;
  language: string | null;
  signals: string;
  systemHash: string | null;
};

export function analyseRecord(body: string, model: FineTunableModel): RecordAnalysis {
  // The check asks for the kinds of personal data; keep its answer to store it.
  let pii: readonly PiiKind[] = [];
  const check = checkExample(body, { model, piiKinds: (r) => (pii = recordPiiKinds(r)) });
  const record = check.record;
  const codes = [...new Set(check.findings.map((f) => f.code))];
  return {
    tokens: check.tokens?.total ?? null,
    assistantTokens: check.tokens?.assistant ?? null,
    findings: check.findings,
    errorCount: check.errorCount,
    findingCodes: joinKinds(codes),
    pii: joinKinds(pii),
    language: record ? recordLanguage(record) : null,
    signals: record ? joinKinds(assistantSignals(record)) : "",
    systemHash: record ? systemPromptHash(record) : null,
  };
}

/** Messages of a chat record, or the prompt of a preference record. */
function promptMessages(record: Record<string, unknown>): unknown[] {
  if (Array.isArray(record.messages)) return record.messages;
  const input = record.input as { messages?: unknown } | undefined;
  return Array.isArray(input?.messages) ? input.messages : [];
}

/** The text of the record's first system message, or null without one. */
export function systemPromptText(record: Record<string, unknown>): string | null {
  for (const m of promptMessages(record)) {
    if (m && typeof m === "object" && (m as { role?: unknown }).role === "system") {
      return contentText((m as { content?: unknown }).content);
    }
  }
  return null;
}

/**
 * Groups records by their system prompt exactly as written: two prompts that differ
 * by a word are different instructions to the model. 16 hex digits (64 bits) keep
 * the column small while collisions stay out of reach for any real dataset.
 */
export function systemPromptHash(record: Record<string, unknown>): string | null {
  const text = systemPromptText(record);
  return text === null ? null : createHash("sha1").update(text).digest("hex").slice(0, 16);
}
