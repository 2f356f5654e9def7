import Link from "next/link";
import type { DatasetPreflight } from "@/lib/preflight/dataset-report";
import { CODE_TITLES } from "@/lib/preflight/codes";
import { formatCount, plural } from "@/components/ui/format";
import { Badge } from "@/components/ui/badge";
import { TokenBudgetView } from "./token-budget";
import { panelClasses } from "@/components/ui/panel";

// The pre-flight check of what an export would write: whether a provider would
// accept it, what to fix first, and what it would cost. Every count links to the
// table filtered to those records.

type Props = {
  datasetId: string;
  preflight: DatasetPreflight;
  /** What is checked, in words ("the approved set", "the current filter"). */
  scopeLabel: string;
  /** Table query of the checked records, to which a finding's code is added. */
  scopeQuery: string;
  /** Links to check another scope. */
  otherScopes: { label: string; href: string }[];
  /** The provider's moderation pre-scan, which lives in the dataset's settings. */
  moderation: { enabled: boolean; scanned: number; flagged: number; records: number };
};

export function PreflightPanel({ datasetId, preflight: p, scopeLabel, scopeQuery, otherScopes, moderation }: Props) {
  const tableHref = (extra: Record<string, string>) => {
    const q = new URLSearchParams(scopeQuery);
    for (const [k, v] of Object.entries(extra)) q.set(k, v);
    return `/datasets/${datasetId}?${q}`;
  };
  const errorCodes = p.codes.filter((c) => c.severity === "error");
  const warningCodes = p.codes.filter((c) => c.severity === "warning");
  const setErrors = p.set.filter((f) => f.severity === "error");
  const setWarnings = p.set.filter((f) => f.severity === "warning");
  return (
    <section aria-labelledby="preflight-heading" className={panelClasses(4, "space-y-3")}>
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="preflight-heading" className="text-sm font-semibold">
          Pre-flight check
        </h2>
        <span className="text-xs text-zinc-500">{p.model.id}</span>
      </div>
      <p className="text-xs text-zinc-600">
        Checks {scopeLabel}: {plural(p.examples, "example")}.{" "}
        {otherScopes.map((s, i) => (
          <span key={s.href}>
            {i ? " · " : ""}
            <Link href={s.href} className="text-indigo-700 underline decoration-indigo-200 hover:decoration-indigo-500">
              {s.label}
            </Link>
          </span>
        ))}
      </p>
      <Verdict preflight={p} />
      {p.invalidLines ? (
        <p className="text-xs text-zinc-600">
          <Link href={tableHref({ invalid: "1" })} className="font-medium text-red-700 underline">
            {plural(p.invalidLines, "invalid line")}
          </Link>{" "}
          {p.invalidLines === 1 ? "is" : "are"} left out of every export until fixed.
        </p>
      ) : null}
      {errorCodes.length || setErrors.length ? <FindingList title="Errors" tone="red" codes={errorCodes} set={setErrors} tableHref={tableHref} /> : null}
      {warningCodes.length || setWarnings.length ? (
        <FindingList title="Warnings" tone="amber" codes={warningCodes} set={setWarnings} tableHref={tableHref} />
      ) : null}
      <TokenBudgetView preflight={p} overLimitHref={tableHref({ check: "over_token_limit" })} />
      <p className="border-t border-zinc-100 pt-2 text-xs text-zinc-600">
        Moderation pre-scan:{" "}
        {moderation.scanned === 0 ? (
          moderation.enabled ? (
            "on, nothing scanned yet"
          ) : (
            "off"
          )
        ) : (
          <Link href={`/datasets/${datasetId}?moderation=flagged`} className={moderation.flagged ? "font-medium text-red-700 underline" : "underline"}>
            {plural(moderation.flagged, "record")} flagged of {formatCount(moderation.scanned)} scanned
          </Link>
        )}{" "}
        ·{" "}
        <Link
          href={`/datasets/${datasetId}/settings#moderation-heading`}
          className="text-indigo-700 underline decoration-indigo-200 hover:decoration-indigo-500"
        >
          {moderation.enabled ? "scan" : "settings"}
        </Link>
      </p>
    </section>
  );
}

function Verdict({ preflight: p }: { preflight: DatasetPreflight }) {
  if (p.examples === 0) return <p className="text-sm text-zinc-600">Nothing to check yet.</p>;
  const pending = p.pending ? <span className="block text-xs font-normal">Still checking {plural(p.pending, "record")}…</span> : null;
  if (p.errors > 0) {
    return (
      <p role="status" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm font-medium text-red-900">
        {plural(p.errors, "error")} would make the job fail; export and launch are blocked until they are fixed.
        {pending}
      </p>
    );
  }
  return (
    <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-900">
      No errors: a provider would accept this set.
      {pending}
    </p>
  );
}

type ListProps = {
  title: string;
  tone: "red" | "amber";
  codes: DatasetPreflight["codes"];
  set: DatasetPreflight["set"];
  tableHref: (extra: Record<string, string>) => string;
};

function FindingList({ title, tone, codes, set, tableHref }: ListProps) {
  return (
    <div>
      <h3 className="text-xs font-semibold uppercase tracking-wide text-zinc-500">{title}</h3>
      <ul className="mt-1 space-y-2">
        {set.map((f) => (
          <li key={f.code} className="text-sm">
            <div className="flex items-center gap-2">
              <Badge tone={tone}>{f.code}</Badge>
              <span className="font-medium">{CODE_TITLES[f.code]}</span>
            </div>
            <p className="mt-0.5 text-xs text-zinc-600">{f.message}</p>
            {f.code === "exact_duplicate" ? (
              <Link href={tableHref({ duplicate: "1" })} className="text-xs text-indigo-700 hover:underline">
                Show the copies
              </Link>
            ) : null}
          </li>
        ))}
        {codes.map((c) => (
          <li key={c.code} className="text-sm">
            <div className="flex items-center gap-2">
              <Badge tone={tone}>{c.code}</Badge>
              <Link href={tableHref({ check: c.code })} className="font-medium hover:underline">
                {CODE_TITLES[c.code]}: {plural(c.records, "record")}
              </Link>
            </div>
            <ul className="mt-1 space-y-1">
              {c.samples.map((s) => (
                <li key={s.id} className="text-xs text-zinc-600">
                  <Link href={`/conversations/${s.id}`} className="font-medium text-indigo-700 hover:underline">
                    #{s.id}
                    {s.sourceLine !== null ? ` (line ${formatCount(s.sourceLine)})` : ""}
                  </Link>{" "}
                  {s.path ? <code className="rounded bg-zinc-100 px-1 text-[11px] text-zinc-700">{s.path}</code> : null} {s.message}
                </li>
              ))}
            </ul>
            {c.records > c.samples.length ? (
              <Link href={tableHref({ check: c.code })} className="text-xs text-indigo-700 hover:underline">
                Show all {formatCount(c.records)}
              </Link>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
