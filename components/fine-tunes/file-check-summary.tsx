import { CODE_TITLES, type FindingCode } from "@/lib/preflight/codes";
import type { FileCheckView } from "@/lib/fine-tunes/launch-view";
import { plural } from "@/components/ui/format";

// The pre-flight result of one file that would be uploaded: counts, then the first findings.
export function FileCheckSummary({ name, check }: { name: string; check: FileCheckView }) {
  const clean = !check.errors && !check.warnings;
  return (
    <div>
      <p className="text-sm">
        <span className="font-medium text-zinc-900">{name}</span>: {plural(check.examples, "example")} ·{" "}
        <span className={check.errors ? "font-medium text-red-700" : "text-zinc-600"}>{plural(check.errors, "error")}</span> ·{" "}
        <span className={check.warnings ? "text-amber-800" : "text-zinc-600"}>{plural(check.warnings, "warning")}</span>
        {clean ? <span className="text-emerald-700"> · passes</span> : null}
      </p>
      {check.findings.length ? (
        <ul className="mt-1 space-y-0.5 text-xs">
          {check.findings.map((f, i) => (
            <li key={i} className={f.severity === "error" ? "text-red-800" : "text-amber-900"}>
              {f.line ? `Line ${f.line}` : "File"}
              {f.path ? ` (${f.path})` : ""}: <span className="font-medium">{CODE_TITLES[f.code as FindingCode] ?? f.code}</span> — {f.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
