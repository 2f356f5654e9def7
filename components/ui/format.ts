// Number and time formatting with a fixed locale: the server renders first and the
// browser hydrates, so both must print the same digits.

const count = new Intl.NumberFormat("en");
const dateTime = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function formatCount(n: number): string {
  return count.format(n);
}

/** "12 conversations", "1 conversation". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

export function formatDateTime(d: Date | string): string {
  return `${dateTime.format(new Date(d))} UTC`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KB", "MB", "GB"];
  let v = bytes / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[i]}`;
}

const STEPS: [number, string][] = [
  [60, "second"],
  [60, "minute"],
  [24, "hour"],
  [30, "day"],
  [12, "month"],
  [Infinity, "year"],
];

/** "just now", "5 minutes ago", "3 days ago". */
export function formatRelative(d: Date | string, now = Date.now()): string {
  let v = Math.max(0, (now - new Date(d).getTime()) / 1000);
  if (v < 45) return "just now";
  for (const [size, unit] of STEPS) {
    if (v < size) {
      const n = Math.round(v);
      return `${n} ${unit}${n === 1 ? "" : "s"} ago`;
    }
    v /= size;
  }
  return "long ago";
}
