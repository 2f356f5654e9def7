import { sqlite } from "../client";
import type { Finding } from "../../preflight/codes";
import type { RecordChecks } from "../../preflight/record-checks-view";
import { splitKinds } from "../../quality/kinds";
import type { DatasetScope } from "../scope";

// What the background pass found on one record, for its page.

export function recordChecks(scope: DatasetScope, id: number): RecordChecks | null {
  const row = sqlite()
    .prepare(`SELECT checkedAt, findings, pii, language, signals FROM Conversation WHERE id = ? AND datasetId = ?`)
    .get(id, scope.datasetId) as { checkedAt: unknown; findings: string | null; pii: string; language: string | null; signals: string } | undefined;
  if (!row) return null;
  return {
    checked: row.checkedAt !== null,
    findings: row.checkedAt !== null && row.findings ? (JSON.parse(row.findings) as Finding[]) : [],
    pii: splitKinds(row.pii),
    language: row.language,
    signals: splitKinds(row.signals),
  };
}
