import { readFileSync } from "node:fs";
import { resolve } from "node:path";

// The baselines must run the very SQL the app runs. Those statements are private to
// their modules, so they are read out of the source rather than copied here, where a
// later edit to the app would silently leave the baseline measuring something else.

/** The template literal in `file` that contains `needle` (which may end with its opening backtick). */
export function sqlFromSource(file: string, needle: string): string {
  const src = readFileSync(resolve(process.cwd(), file), "utf8");
  const at = src.indexOf(needle);
  if (at === -1) throw new Error(`benchmark is out of date: "${needle}" is no longer in ${file}`);
  const open = src.lastIndexOf("`", at + needle.length - 1);
  const close = src.indexOf("`", open + 1);
  const sql = src.slice(open + 1, close);
  if (open === -1 || close === -1 || sql.includes("${")) {
    throw new Error(`benchmark is out of date: the statement around "${needle}" in ${file} is no longer a plain template`);
  }
  return sql;
}

export const conversationInsertSql = () => sqlFromSource("lib/db/imports/conversation-writer.ts", "INSERT INTO Conversation (");

/** The expression that turns a Conversation row `c` into its searchable text. */
export const searchTextSql = () => sqlFromSource("lib/db/search/search-index.ts", "const TEXT_OF_ROW = `");
