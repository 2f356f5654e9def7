import type { StoredJobError } from "@/lib/fine-tunes/fine-tune-view";
import { MessageText } from "@/components/ui/message-text";

// What the provider said, in its own words, under Tuneset's plain explanation of it.
export function FineTuneError({ error, status, host, retrying }: { error: StoredJobError; status: string; host: string; retrying: boolean }) {
  const refused = status === "refused";
  const title = refused ? `${host} refused this fine-tune` : status === "failed" ? "The job failed" : retrying ? "Waiting to try again" : "The launch stopped";
  return (
    <section role="alert" className={`rounded-lg border p-4 text-sm ${retrying ? "border-amber-200 bg-amber-50" : "border-red-200 bg-red-50"}`}>
      <h2 className={`font-semibold ${retrying ? "text-amber-900" : "text-red-900"}`}>{title}</h2>
      <Explanation error={error} />
      {error.message && !error.explanation.includes(`“${error.message}”`) ? (
        <blockquote className="mt-2 border-l-2 border-zinc-300 pl-3 text-zinc-700">
          <span className="text-xs font-medium uppercase tracking-wide text-zinc-500">The provider said</span>
          <p data-testid="provider-message">{error.message}</p>
        </blockquote>
      ) : null}
      <p className="mt-2 text-xs text-zinc-500">
        {[error.status ? `HTTP ${error.status}` : null, error.code ? `code ${error.code}` : null, error.param ? `param ${error.param}` : null]
          .filter(Boolean)
          .join(" · ")}
        {error.at ? ` · ${new Date(error.at).toISOString().replace("T", " ").slice(0, 19)} UTC` : null}
      </p>
    </section>
  );
}

/** The explanation, with the provider's own words (quoted inside it) set apart so they are read as theirs. */
function Explanation({ error }: { error: StoredJobError }) {
  const quoted = `“${error.message}”`;
  const at = error.message ? error.explanation.indexOf(quoted) : -1;
  if (at < 0)
    return (
      <p className="mt-1 text-zinc-800">
        <MessageText text={error.explanation} />
      </p>
    );
  return (
    <p className="mt-1 text-zinc-800">
      <MessageText text={error.explanation.slice(0, at)} />
      <q data-testid="provider-message" className="rounded bg-white/70 px-1 font-medium text-zinc-900 before:content-['“'] after:content-['”']">
        {error.message}
      </q>
      <MessageText text={error.explanation.slice(at + quoted.length)} />
    </p>
  );
}
