import { formatDateTime } from "@/components/ui/format";

type Event = { providerEventId: string; createdAt: Date; level: string; type: string; message: string };

// The provider's event log, newest first, as it reported it.
export function EventLog({ events }: { events: Event[] }) {
  const newestFirst = [...events].reverse();
  return (
    <section aria-labelledby="events" className="space-y-2">
      <h2 id="events" className="text-sm font-semibold text-zinc-800">
        Events <span className="font-normal text-zinc-500">({events.length})</span>
      </h2>
      {events.length ? (
        <ol className="max-h-96 divide-y divide-zinc-100 overflow-y-auto rounded-lg border border-zinc-200 bg-white font-mono text-xs" aria-label="Event log">
          {newestFirst.map((e) => (
            <li key={e.providerEventId} className="flex gap-3 px-3 py-1.5">
              <time className="shrink-0 text-zinc-500" dateTime={e.createdAt.toISOString()} title={formatDateTime(e.createdAt)}>
                {e.createdAt.toISOString().slice(11, 19)}
              </time>
              <span className={e.level === "error" ? "text-red-700" : e.level === "warn" ? "text-amber-700" : "text-zinc-800"}>{e.message}</span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-sm text-zinc-500">No events yet.</p>
      )}
    </section>
  );
}
