import { randomBytes } from "node:crypto";
import type Database from "better-sqlite3";

// Labels are per dataset and created the first time someone uses a name. Colours come
// from a fixed palette by the name's hash, so a label keeps its colour everywhere.

const PALETTE = ["#6366f1", "#0ea5e9", "#10b981", "#f59e0b", "#ef4444", "#8b5cf6", "#ec4899", "#14b8a6", "#84cc16", "#f97316"];

export function labelColor(name: string): string {
  let h = 0;
  for (let i = 0; i < name.length; i++) h = (h * 31 + name.charCodeAt(i)) >>> 0;
  return PALETTE[h % PALETTE.length];
}

/** What changes between two sets of label names, for the revision summary. */
export function labelDiff(before: string[], after: string[]) {
  const added = after.filter((n) => !before.includes(n));
  const removed = before.filter((n) => !after.includes(n));
  return { added, removed, summary: [...added.map((n) => `+${n}`), ...removed.map((n) => `−${n}`)].join(" ") };
}

/** Creates the labels of `names` the dataset does not have yet, each with its palette colour. */
export function ensureLabels(db: Database.Database, datasetId: string, names: Iterable<string>, now: string) {
  const insert = db.prepare(`INSERT OR IGNORE INTO Label (id, datasetId, name, color, createdAt) VALUES (?, ?, ?, ?, ?)`);
  for (const name of new Set(names)) insert.run(`lbl${randomBytes(10).toString("hex")}`, datasetId, name, labelColor(name), now);
}

/** Makes the conversation carry exactly `names`, inside the caller's transaction. */
export function setConversationLabels(db: Database.Database, conversationId: number, datasetId: string, names: string[], now: string) {
  ensureLabels(db, datasetId, names, now);
  const wanted = JSON.stringify([...new Set(names)]);
  db.prepare(
    `DELETE FROM ConversationLabel WHERE conversationId = ?
       AND labelId NOT IN (SELECT id FROM Label WHERE datasetId = ? AND name IN (SELECT value FROM json_each(?)))`,
  ).run(conversationId, datasetId, wanted);
  db.prepare(
    `INSERT OR IGNORE INTO ConversationLabel (conversationId, labelId, createdAt)
     SELECT ?, id, ? FROM Label WHERE datasetId = ? AND name IN (SELECT value FROM json_each(?))`,
  ).run(conversationId, now, datasetId, wanted);
}
