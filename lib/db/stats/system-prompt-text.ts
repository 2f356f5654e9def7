import type Database from "better-sqlite3";
import { systemPromptText } from "../../preflight/system-prompt";

// The text of a system prompt, for the prompts the statistics list by hash: read from
// one record carrying the hash, by the same rule that made the hash, shortened for the
// page. A dozen rows at most, so reading their bodies costs nothing next to the counts.

const TEXT_LENGTH = 300;

/** Prompt text by hash; a hash whose records have no readable prompt any more maps to "". */
export function systemPromptTexts(db: Database.Database, datasetId: string, hashes: readonly string[]): Map<string, string> {
  const one = db.prepare(`SELECT body FROM Conversation WHERE datasetId = ? AND systemHash = ? AND kind != 'invalid' LIMIT 1`).pluck();
  return new Map(
    hashes.map((hash) => {
      const body = one.get(datasetId, hash) as string | undefined;
      let text = "";
      try {
        text = body ? (systemPromptText(JSON.parse(body) as Record<string, unknown>) ?? "") : "";
      } catch {
        // a body that no longer parses has no prompt to show
      }
      return [hash, text.replace(/\s+/g, " ").trim().slice(0, TEXT_LENGTH)];
    }),
  );
}
