/** A safe download name such as `support-bot.approved.jsonl`. */
export function exportFileName(datasetName: string, status: string): string {
  const base =
    datasetName
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, "-")
      .replace(/^-+|-+$/g, "") || "dataset";
  return `${base}.${status}.jsonl`;
}
