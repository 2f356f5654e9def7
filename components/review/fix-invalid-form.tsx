"use client";

import { useState, useTransition } from "react";
import { fixInvalidLine } from "@/lib/actions/fix-invalid-line";
import { Button } from "@/components/ui/button";
import { submitWith } from "@/components/ui/submit-with";
import { plural } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { ReloadButton } from "./reload-button";
import { LongText } from "./long-text";
import { useWholeText } from "./use-whole-text";
import { formatCount } from "@/components/ui/format";
import { isShortened, type ShortenedText } from "@/lib/long-text/shortened-text";
import { FIX_LINE_MAX_CHARS } from "@/lib/validation/conversation-review";
import { AlertText } from "@/components/ui/message-text";

// Edit an invalid line in place. The text lives in this component's state, so a save
// that still fails, a conflict or a network error never loses what was typed. When the
// line validates, the page re-renders it as a normal conversation and this form goes.
// A long line arrives shortened: the form opens only once the whole line is loaded, so
// its start can never be saved as the line.

type Props = {
  id: number;
  version: number;
  raw: string | ShortenedText;
  errors: { path: string; message: string }[];
  /** The line's bytes are not UTF-8: `raw` shows them decoded, the bad ones as U+FFFD, and the bytes are kept apart. */
  notUtf8?: boolean;
};

export function FixInvalidForm({ id, version, raw: sent, errors, notUtf8 = false }: Props) {
  const [raw, setRaw] = useState<string | null>(isShortened(sent) ? null : sent);
  const [text, setText] = useState(raw ?? "");
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<{ tone: "error" | "warning"; text: string; conflict?: boolean } | null>(null);

  const save = () =>
    startTransition(async () => {
      setResult(null);
      const r = await fixInvalidLine({ id, version, raw: text });
      if (!r.ok) setResult({ tone: "error", text: r.fieldErrors?.raw?.[0] ?? r.error, conflict: r.code === "conflict" });
      else if (r.kind === "invalid") setResult({ tone: "warning", text: `Saved, but the line still has ${plural(r.errors.length, "error")}.` });
    });

  return (
    <form onSubmit={submitWith(save)} className="space-y-3">
      <section aria-labelledby="line-errors-heading" className="rounded-md border border-red-200 bg-red-50 p-3">
        <h2 id="line-errors-heading" className="text-sm font-semibold text-red-900">
          {plural(errors.length, "error")} in this line
        </h2>
        <ul className="mt-1.5 space-y-1 text-sm text-red-900">
          {errors.map((e, i) => (
            <li key={i} className="break-words">
              {e.path ? <code className="mr-1 rounded bg-red-100 px-1 font-mono text-xs">{e.path}</code> : null}
              {e.message}
            </li>
          ))}
        </ul>
      </section>
      {raw === null && isShortened(sent) ? (
        <WholeLineLoader
          value={sent}
          onLoaded={(whole) => {
            setRaw(whole);
            setText(whole);
          }}
        />
      ) : (
        <>
          <div>
            <label htmlFor="raw-json-line" className="block text-sm font-medium">
              Raw JSON line
            </label>
            <p className="text-xs text-zinc-500">Edit the line so it follows the chat or preference format, then save it.</p>
            {notUtf8 ? <NotUtf8Note /> : null}
            <textarea
              id="raw-json-line"
              value={text}
              onChange={(e) => setText(e.target.value)}
              spellCheck={false}
              rows={Math.min(24, Math.max(8, Math.ceil(text.length / 110)))}
              className="mt-1.5 w-full rounded-md border border-zinc-300 bg-white px-2.5 py-2 font-mono text-xs leading-5 text-zinc-900 shadow-sm focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-500/20"
            />
          </div>
          {result ? (
            <Notice tone={result.tone}>
              {result.text}
              {result.conflict ? <ReloadButton onReload={() => setResult(null)} /> : null}
            </Notice>
          ) : null}
          <div className="flex items-center gap-2">
            <Button type="submit" variant="primary" disabled={pending || text.trim() === ""}>
              {pending ? "Saving…" : "Save fix"}
            </Button>
            <Button variant="ghost" disabled={pending || text === raw} onClick={() => setText(raw ?? "")}>
              Undo edits
            </Button>
          </div>
        </>
      )}
    </form>
  );
}

/** Said wherever such a line is shown: what the � marks are, and what saving does to the original bytes. */
export function NotUtf8Note() {
  return (
    <p className="mt-1.5 rounded border border-amber-200 bg-amber-50 px-2 py-1.5 text-xs text-amber-900">
      This line is not valid UTF-8. Its bytes are kept exactly as imported (the invalid lines download gives them back); here they are shown decoded, each
      invalid byte as �. Saving an edit replaces the original bytes with the text you save.
    </p>
  );
}

function WholeLineLoader({ value, onLoaded }: { value: ShortenedText; onLoaded: (whole: string) => void }) {
  const fits = value.$shortened.length <= FIX_LINE_MAX_CHARS;
  const { load, percent: loading, error } = useWholeText(value, "Could not load the whole line", onLoaded);
  return (
    <div className="space-y-2">
      <LongText value={value} as="code" />
      {fits ? (
        <Button variant="primary" onClick={load} disabled={loading !== null}>
          {loading === null ? "Load the whole line to fix it" : `Loading… ${loading}%`}
        </Button>
      ) : (
        <p className="text-sm text-zinc-600">
          This line is too long to fix here (over {formatCount(FIX_LINE_MAX_CHARS)} characters); fix it in the file and import it again, or send the fix through
          the API.
        </p>
      )}
      <AlertText text={error} as="p" className="text-sm text-red-700" />
    </div>
  );
}
