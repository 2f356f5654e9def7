import type Database from "better-sqlite3";

// The text of a system prompt, for the prompts the statistics list by hash: the first
// system message of one record carrying the hash (chat records keep their messages at
// $.messages, preference records at $.input.messages), its parts joined when the
// content is a list of parts, shortened for the page.

const TEXT_LENGTH = 300;

const SYSTEM_TEXT = `(
  SELECT CASE json_type(m.value, '$.content')
    WHEN 'text' THEN json_extract(m.value, '$.content')
    WHEN 'array' THEN (SELECT group_concat(json_extract(p.value, '$.text'), ' ') FROM json_each(m.value, '$.content') p
                       WHERE json_extract(p.value, '$.type') = 'text')
    ELSE '' END
  FROM json_each(c.body, CASE WHEN json_type(c.body, '$.messages') = 'array' THEN '$.messages' ELSE '$.input.messages' END) m
  WHERE json_extract(m.value, '$.role') = 'system' LIMIT 1
)`;

/** Prompt text by hash; a hash whose records have no readable prompt any more maps to "". */
export function systemPromptTexts(db: Database.Database, datasetId: string, hashes: readonly string[]): Map<string, string> {
  if (!hashes.length) return new Map();
  const rows = db
    .prepare(
      `SELECT h.value AS hash, (
         SELECT substr(${SYSTEM_TEXT}, 1, ${TEXT_LENGTH}) FROM Conversation c
         WHERE c.datasetId = ? AND c.systemHash = h.value AND c.kind != 'invalid' AND json_valid(c.body) LIMIT 1
       ) AS text FROM json_each(?) h`,
    )
    .all(datasetId, JSON.stringify(hashes)) as { hash: string; text: string | null }[];
  return new Map(rows.map((r) => [r.hash, (r.text ?? "").replace(/\s+/g, " ").trim()]));
}
