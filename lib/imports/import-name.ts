// An import is named by its file and the time it started, wherever it is listed or
// mentioned (the recent imports, the offer to resume one, the audit log, messages):
// two imports of one file read apart, and no one is shown a raw id. The time is in UTC
// with a fixed locale, as every time Tuneset shows, so the server and the browser agree.

const startedAt = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** "support.jsonl (8 Dec 2026, 14:03 UTC)". */
export function importName(i: { fileName: string; startedAt: Date | string }): string {
  return `${i.fileName} (${importTime(i.startedAt)})`;
}

/** When an import started, as importName words it: "8 Dec 2026, 14:03 UTC". */
export function importTime(at: Date | string): string {
  return `${startedAt.format(new Date(at))} UTC`;
}
