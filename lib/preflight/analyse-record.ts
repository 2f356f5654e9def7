import type { FineTunableModel } from "../models/fine-tunable-models";
import { recordPiiKinds } from "../quality/pii";
import { recordLanguage } from "../quality/language";
import { assistantSignals } from "../quality/refusals";
import { joinKinds, type PiiKind } from "../quality/kinds";
import { checkExample } from "./check-example";
import type { Finding } from "./codes";
import { systemPromptHash } from "./system-prompt";

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
