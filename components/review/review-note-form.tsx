"use client";

import { useState, useTransition } from "react";
import { saveReviewNote } from "@/lib/actions/save-review-note";
import { Button } from "@/components/ui/button";
import { submitWith } from "@/components/ui/submit-with";
import { inputClasses } from "@/components/ui/field";
import { ReloadButton } from "./reload-button";

// A reviewer's note: why a conversation was rejected or what should change.

type Props = { id: number; version: number; note: string };

export function ReviewNoteForm({ id, version, note }: Props) {
  const [text, setText] = useState(note);
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string; conflict?: boolean } | null>(null);

  const save = () =>
    startTransition(async () => {
      setMessage(null);
      const r = await saveReviewNote({ id, version, note: text });
      setMessage(r.ok ? { ok: true, text: "Note saved." } : { ok: false, text: r.error, conflict: r.code === "conflict" });
    });

  return (
    <form onSubmit={submitWith(save)} className="space-y-2">
      <label htmlFor="review-note" className="block text-xs font-medium text-zinc-500">
        Reviewer note
      </label>
      <textarea
        id="review-note"
        value={text}
        onChange={(e) => setText(e.target.value)}
        maxLength={20_000}
        rows={3}
        placeholder="Why it was rejected, or what should change"
        className={inputClasses("w-full", "multiline")}
      />
      <div className="flex items-center gap-2">
        <Button type="submit" size="sm" disabled={pending || text === note}>
          {pending ? "Saving…" : "Save note"}
        </Button>
        {message ? (
          <span role={message.ok ? "status" : "alert"} className={`text-xs ${message.ok ? "text-emerald-700" : "text-red-700"}`}>
            {message.text}
            {message.conflict ? <ReloadButton onReload={() => setMessage(null)} /> : null}
          </span>
        ) : null}
      </div>
    </form>
  );
}
