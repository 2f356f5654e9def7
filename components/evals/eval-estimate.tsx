import Link from "next/link";
import type { previewEvaluationAction } from "@/lib/actions/eval-actions";
import { JUDGE_OUTPUT_TOKENS, type EvalCostLine } from "@/lib/evals/estimate-eval";
import { INFERENCE_PRICE_DATE } from "@/lib/evals/inference-prices";
import type { EvalSourceView } from "@/lib/evals/eval-view";
import { formatUsd } from "@/components/preflight/token-budget";
import { formatCount, plural } from "@/components/ui/format";
import { TableBody, TableCell, TableHead, TableHeader, TableRowHead } from "@/components/ui/table";

// What an evaluation will send, where, and what it will cost, before anything is sent:
// computed on the server from exactly the prompts the run would send.

export type EvalPreviewView = Extract<Awaited<ReturnType<typeof previewEvaluationAction>>, { ok: true }>["preview"];

const SKIPPED_SHOWN = 5;
const ROLE_NAMES: Record<EvalCostLine["role"], string> = { a: "Model A (baseline)", b: "Model B (candidate)", judge: "Judge" };

// The counted columns, the same for each model's line and for the total.
const COUNTS = [
  ["Calls", "calls"],
  ["Tokens in", "inputTokens"],
  ["Tokens out", "outputTokens"],
] as const;

function CountCells({ counts }: { counts: Pick<EvalCostLine, (typeof COUNTS)[number][1]> }) {
  return COUNTS.map(([heading, key]) => (
    <TableCell key={heading} dense className="text-right tabular-nums">
      {formatCount(counts[key])}
    </TableCell>
  ));
}

function describeSource(source: EvalSourceView): string {
  if (source.kind === "snapshot") return `the validation split of ${source.datasetName} snapshot #${source.number}`;
  const status = source.filter.status;
  return `${source.datasetName}, ${status === "all" ? "every status" : `${String(status ?? "approved")} records`}`;
}

export function EvalEstimate({ preview }: { preview: EvalPreviewView }) {
  const { estimate, provider } = preview;
  const unpriced = estimate.lines.filter((l) => l.costUsd === null);
  const priced = estimate.lines.reduce((t, l) => t + (l.costUsd ?? 0), 0);
  const judge = estimate.lines.some((l) => l.role === "judge");
  return (
    <section aria-labelledby="eval-estimate-heading" className="space-y-3 rounded-md border border-zinc-200 bg-zinc-50 p-3 text-sm">
      <h3 id="eval-estimate-heading" className="font-semibold text-zinc-800">
        Estimate
      </h3>
      <p className="text-zinc-800" data-testid="eval-destination">
        This sends {plural(preview.examples, "prompt")} to <strong>{provider.host}</strong> ({provider.name}): each to both models
        {judge ? ", and each pair of answers to the judge in both orders" : ""}, {plural(estimate.calls, "request")} in all.
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs">
        <dt className="text-zinc-500">Eval set</dt>
        <dd>{describeSource(preview.source as EvalSourceView)}</dd>
        <dt className="text-zinc-500">Examples</dt>
        <dd>{formatCount(preview.examples)}</dd>
        <dt className="text-zinc-500">Skipped</dt>
        <dd>{preview.skipped.length ? plural(preview.skipped.length, "record") : "none"}</dd>
        <dt className="text-zinc-500">Losing examples go back to</dt>
        <dd>
          <Link href={`/datasets/${preview.trainingDataset.id}`} className="underline">
            {preview.trainingDataset.name}
          </Link>
        </dd>
      </dl>
      {preview.skipped.length ? (
        <ul aria-label="Skipped records" className="list-disc space-y-0.5 pl-5 text-xs text-zinc-700">
          {preview.skipped.slice(0, SKIPPED_SHOWN).map((s) => (
            <li key={s.conversationId}>
              <Link href={`/conversations/${s.conversationId}`} className="underline">
                Record {s.conversationId}
              </Link>
              : {s.reason}
            </li>
          ))}
          {preview.skipped.length > SKIPPED_SHOWN ? <li>and {plural(preview.skipped.length - SKIPPED_SHOWN, "more record")}</li> : null}
        </ul>
      ) : null}
      <div className="overflow-x-auto rounded-md border border-zinc-200 bg-white">
        <table className="w-full text-xs" aria-label="Estimated cost">
          <TableHeader>
            <TableHead dense>Role</TableHead>
            <TableHead dense>Model</TableHead>
            {COUNTS.map(([heading]) => (
              <TableHead key={heading} dense className="text-right">
                {heading}
              </TableHead>
            ))}
            <TableHead dense className="text-right">
              Cost
            </TableHead>
          </TableHeader>
          <TableBody>
            {estimate.lines.map((l) => (
              <tr key={l.role}>
                <TableRowHead dense>{ROLE_NAMES[l.role]}</TableRowHead>
                <TableCell dense className="break-all font-mono">
                  {l.model}
                </TableCell>
                <CountCells counts={l} />
                <TableCell dense className="text-right tabular-nums">
                  {l.costUsd === null ? "unknown" : formatUsd(l.costUsd)}
                </TableCell>
              </tr>
            ))}
          </TableBody>
          <tfoot className="border-t border-zinc-200 font-medium">
            <tr>
              <th scope="row" colSpan={2} className="px-3 py-1.5 text-left">
                Total
              </th>
              <CountCells counts={estimate} />
              <TableCell dense className="text-right tabular-nums" data-testid="eval-estimated-cost">
                {estimate.costUsd === null ? (priced >= 0.01 ? `unknown (at least ${formatUsd(priced)})` : "unknown") : formatUsd(estimate.costUsd)}
              </TableCell>
            </tr>
          </tfoot>
        </table>
      </div>
      {unpriced.length ? (
        <p className="text-xs text-amber-800">
          Tuneset has no price for {unpriced.map((l) => l.model).join(" or ")}: it knows OpenAI&apos;s list prices (as of {INFERENCE_PRICE_DATE}) for the models
          it fine-tunes and for fine-tunes of them, and no other provider&apos;s or newer model&apos;s. The tokens above still hold; check {provider.name}
          &apos;s pricing.
        </p>
      ) : null}
      <p className="text-xs text-zinc-500">
        Tokens out assume each answer is about as long as the example&apos;s reference answer, up to max tokens
        {judge ? `, and about ${JUDGE_OUTPUT_TOKENS} tokens per verdict` : ""}. Prices are OpenAI&apos;s list prices as of {INFERENCE_PRICE_DATE}.
      </p>
    </section>
  );
}
