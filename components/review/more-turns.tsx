"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { formatCount, plural } from "@/components/ui/format";
import type { HiddenTurns } from "@/lib/long-text/bound-record";
import { encodePath } from "@/lib/long-text/shortened-text";
import { MessageCard, type LooseMessage } from "./message-card";
import { AlertText } from "@/components/ui/message-text";

// The turns a long conversation's page left out, loaded a batch at a time from the
// version on screen, each batch bounded like the page itself.

type Batch = { turns: LooseMessage[]; from: number };
type Answer = { turns: LooseMessage[]; hidden: HiddenTurns | null; error?: { message?: string } };

export function MoreTurns({ hidden: first }: { hidden: HiddenTurns }) {
  const [batches, setBatches] = useState<Batch[]>([]);
  const [hidden, setHidden] = useState<HiddenTurns | null>(first);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = async () => {
    if (!hidden) return;
    setPending(true);
    setError(null);
    try {
      const query = new URLSearchParams({ version: String(hidden.version), path: encodePath(hidden.path), from: String(hidden.from) });
      const res = await fetch(`/api/v1/conversations/${hidden.id}/turns?${query}`, { headers: { accept: "application/json" } });
      const body = (await res.json().catch(() => null)) as Answer | null;
      if (!res.ok || !body || !Array.isArray(body.turns))
        throw new Error(body?.error?.message ?? `The server answered ${res.status}; reload the page and try again.`);
      setBatches((b) => [...b, { turns: body.turns, from: hidden.from }]);
      setHidden(body.hidden);
    } catch (e) {
      setError(`Could not load more turns: ${(e as Error).message}`);
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      {batches.map((b) => (
        <ol key={b.from} start={b.from + 1} className="space-y-2">
          {b.turns.map((m, i) => (
            <li key={b.from + i}>
              <MessageCard message={m} index={b.from + i} />
            </li>
          ))}
        </ol>
      ))}
      {hidden ? (
        <div className="flex flex-wrap items-center gap-2 rounded-md border border-dashed border-zinc-300 bg-white p-3 text-sm text-zinc-600">
          <span>
            {plural(hidden.count, "more turn")} not shown yet (turns {formatCount(hidden.from + 1)}–{formatCount(hidden.from + hidden.count)}).
          </span>
          <Button size="sm" onClick={load} disabled={pending}>
            {pending ? "Loading…" : "Show more turns"}
          </Button>
          <AlertText text={error} className="text-red-700" />
        </div>
      ) : null}
    </>
  );
}
