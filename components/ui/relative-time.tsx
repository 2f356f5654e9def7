import { formatDateTime, formatRelative } from "./format";

// The exact time is one hover away. The relative text may differ by a few seconds
// between the server render and hydration, which is expected, hence the suppression.
export function RelativeTime({ value }: { value: Date | string }) {
  const iso = new Date(value).toISOString();
  return (
    <time dateTime={iso} title={formatDateTime(iso)} suppressHydrationWarning className="whitespace-nowrap">
      {formatRelative(iso)}
    </time>
  );
}
