import Link from "next/link";
import type { EvalDetail, EvalUsage } from "@/lib/evals/eval-view";
import { formatDateTime } from "@/components/ui/format";
import { Table, TableBody, TableCell } from "@/components/ui/table";

// What the run was asked (models, settings, judge and rubric) and what it used:
// calls, tokens, cost at list prices and latency per model, beside the estimate.

const usd = (v: number | null) => (v === null ? "unknown" : `$${v < 0.01 && v > 0 ? v.toFixed(4) : v.toFixed(2)}`);

export function EvalRunFacts({ e }: { e: EvalDetail }) {
  const spent = [e.usage.a, e.usage.b, e.usage.judge].filter((u): u is EvalUsage => u !== null);
  const total = spent.some((u) => u.costUsd === null) ? null : spent.reduce((t, u) => t + (u.costUsd ?? 0), 0);
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <dl className="grid grid-cols-[11rem_1fr] gap-y-1.5 text-sm">
        <ModelFact label="Model A (baseline)" model={e.modelA} fineTune={e.fineTunes.a} />
        <ModelFact label="Model B (candidate)" model={e.modelB} fineTune={e.fineTunes.b} />
        <dt className="text-zinc-500">Temperature · max tokens</dt>
        <dd>
          {e.temperature} · {e.maxTokens}
        </dd>
        <dt className="text-zinc-500">Requests at once</dt>
        <dd>{e.concurrency}</dd>
        <dt className="text-zinc-500">LLM judge</dt>
        <dd>
          {e.judgeModel ? <span className="font-mono text-xs">{e.judgeModel}</span> : "None"}
          {e.judgeRubric ? (
            <details className="text-xs text-zinc-600">
              <summary className="cursor-pointer">Rubric</summary>
              <p className="mt-1 whitespace-pre-wrap">{e.judgeRubric}</p>
            </details>
          ) : null}
        </dd>
        <dt className="text-zinc-500">Annotators per pair</dt>
        <dd>{e.votesPerPair}</dd>
        <dt className="text-zinc-500">Seed</dt>
        <dd className="tabular-nums">{e.seed}</dd>
        <dt className="text-zinc-500">Started · finished</dt>
        <dd>
          {e.startedAt ? formatDateTime(e.startedAt) : "—"} · {e.finishedAt ? formatDateTime(e.finishedAt) : "—"}
        </dd>
      </dl>
      <div className="overflow-x-auto">
        <Table aria-label="Usage">
          <thead className="text-left text-xs text-zinc-500">
            <tr>
              <th className="py-1 pr-3">Calls by</th>
              <th className="py-1 pr-3 text-right">Answered</th>
              <th className="py-1 pr-3 text-right">Tokens in · out</th>
              <th className="py-1 pr-3 text-right">Cost</th>
              <th className="py-1 text-right">Latency p50 · p95</th>
            </tr>
          </thead>
          <TableBody className="tabular-nums">
            <UsageRow label="Model A" u={e.usage.a} />
            <UsageRow label="Model B" u={e.usage.b} />
            {e.usage.judge ? <UsageRow label="Judge" u={e.usage.judge} /> : null}
          </TableBody>
        </Table>
        <p className="mt-2 text-xs text-zinc-500">
          Spent so far {usd(total)} at list prices; estimated {usd(e.estimatedCostUsd)} before the run for {(e.estimatedTokens ?? 0).toLocaleString("en-US")}{" "}
          tokens.
        </p>
      </div>
    </div>
  );
}

/** A compared model, with a link to its fine-tune when Tuneset launched it. */
function ModelFact({ label, model, fineTune }: { label: string; model: string; fineTune: EvalDetail["fineTunes"]["a"] }) {
  return (
    <>
      <dt className="text-zinc-500">{label}</dt>
      <dd className="font-mono text-xs leading-5">
        {model}{" "}
        {fineTune ? (
          <Link href={`/fine-tunes/${fineTune.id}`} className="font-sans underline">
            fine-tune
          </Link>
        ) : null}
      </dd>
    </>
  );
}

function UsageRow({ label, u }: { label: string; u: EvalUsage }) {
  return (
    <tr>
      <TableCell look="list" dense>
        {label}
      </TableCell>
      <TableCell look="list" dense className="text-right">
        {u.calls.toLocaleString("en-US")}
      </TableCell>
      <TableCell look="list" dense className="text-right">
        {u.promptTokens.toLocaleString("en-US")} · {u.completionTokens.toLocaleString("en-US")}
      </TableCell>
      <TableCell look="list" dense className="text-right">
        {usd(u.costUsd)}
      </TableCell>
      <TableCell look="list" dense className="text-right">
        {u.medianLatencyMs === null ? "—" : `${u.medianLatencyMs} · ${u.p95LatencyMs} ms`}
      </TableCell>
    </tr>
  );
}
