"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, useState } from "react";
import { launchFineTuneAction, launchSweepAction } from "@/lib/actions/fine-tune-actions";
import { newIdempotencyKey } from "@/lib/fine-tunes/idempotency";
import type { LaunchView } from "@/lib/fine-tunes/launch-view";
import { buttonClasses } from "@/components/ui/button";
import { plural } from "@/components/ui/format";
import { FieldError, inputClasses } from "@/components/ui/field";
import { HyperparameterFields } from "./hyperparameter-fields";
import { LaunchSummary } from "./launch-summary";
import { ChoiceFields } from "./launch-choices";
import { MessageText } from "@/components/ui/message-text";

// Launching a fine-tune from a snapshot: what would be uploaded and whether it passes
// the pre-flight check, what it would cost, and the job's settings. Choosing another
// provider, model or method reloads the check for it from the server; the estimate
// follows the other fields here. A key made when the dialog opens goes with the
// request, so a double click or a retry finds the same job instead of making two.

type Axis = "n_epochs" | "batch_size" | "learning_rate_multiplier";
type HyperName = Axis | "beta";

export function LaunchDialog({ view, closeHref }: { view: LaunchView; closeHref: string }) {
  const router = useRouter();
  const [key] = useState(() => newIdempotencyKey());
  const [mode, setMode] = useState<"single" | "sweep">("single");
  const [values, setValues] = useState<Partial<Record<HyperName, string>>>({});
  const [sweepValues, setSweepValues] = useState<Partial<Record<HyperName, string>>>({ n_epochs: "2,3", learning_rate_multiplier: "0.5,1,2" });
  const [swept, setSwept] = useState<Axis[]>(["n_epochs", "learning_rate_multiplier"]);
  const [suffix, setSuffix] = useState("");
  const [single, singleAction, singlePending] = useActionState(launchFineTuneAction, null);
  const [sweep, sweepAction, sweepPending] = useActionState(launchSweepAction, null);
  const result = mode === "single" ? single : sweep;
  const pending = singlePending || sweepPending;
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (single?.ok) router.push(`/fine-tunes/${single.jobId}`);
  }, [single, router]);
  useEffect(() => {
    if (sweep?.ok) router.push(`/fine-tunes/sweeps/${sweep.sweepId}`);
  }, [sweep, router]);
  useEffect(() => {
    panel.current?.querySelector<HTMLElement>("select, input:not([type=hidden])")?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") router.push(closeHref, { scroll: false });
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [closeHref, router]);

  const errors = result && !result.ok ? result.fieldErrors : undefined;
  const isSwept = (name: HyperName) => mode === "sweep" && swept.includes(name as Axis);
  const shown = Object.fromEntries(
    (["n_epochs", "batch_size", "learning_rate_multiplier", "beta"] as const).map((n) => [n, isSwept(n) ? sweepValues[n] : values[n]]),
  );
  const blocked = view.blockers.length > 0;
  return (
    <div className="fixed inset-0 z-30 flex items-start justify-center overflow-y-auto bg-zinc-900/40 p-4 sm:p-8">
      <div ref={panel} role="dialog" aria-modal="true" aria-labelledby="launch-title" className="w-full max-w-3xl rounded-xl bg-white shadow-xl">
        <form action={mode === "single" ? singleAction : sweepAction}>
          <header className="flex items-start justify-between gap-3 border-b border-zinc-200 px-5 py-3">
            <div>
              <h2 id="launch-title" className="text-base font-semibold">
                {view.snapshot.number === null ? "Launch a fine-tune on the approved records" : `Launch a fine-tune from snapshot #${view.snapshot.number}`}
              </h2>
              <p className="text-xs text-zinc-600">
                <DraftNote view={view} />
                Uploads the training file{view.snapshot.validationRecords ? " and the validation file" : ""} with purpose fine-tune, then creates the job.
              </p>
            </div>
            <button type="button" className={buttonClasses("ghost", "sm")} onClick={() => router.push(closeHref, { scroll: false })}>
              Close
            </button>
          </header>
          <div className="space-y-4 px-5 py-4">
            <TargetFields view={view} />
            <input type="hidden" name="idempotencyKey" value={key} />
            <ChoiceFields view={view} errors={errors} />
            <fieldset className="space-y-2">
              <legend className="flex items-center gap-3 text-sm font-medium text-zinc-800">
                Hyperparameters
                <span role="radiogroup" aria-label="Launch" className="inline-flex rounded-md border border-zinc-200 p-0.5 text-xs font-normal">
                  {(["single", "sweep"] as const).map((m) => (
                    <button
                      key={m}
                      type="button"
                      role="radio"
                      aria-checked={mode === m}
                      onClick={() => setMode(m)}
                      className={`rounded px-2 py-0.5 ${mode === m ? "bg-zinc-900 text-white" : "text-zinc-600"}`}
                    >
                      {m === "single" ? "One job" : "Sweep (up to 9 jobs)"}
                    </button>
                  ))}
                </span>
              </legend>
              {mode === "sweep" ? (
                <p className="text-xs text-zinc-600">
                  Vary:{" "}
                  {(["n_epochs", "learning_rate_multiplier", "batch_size"] as const).map((axis) => (
                    <label key={axis} className="mr-3 inline-flex items-center gap-1">
                      <input
                        type="checkbox"
                        checked={swept.includes(axis)}
                        onChange={(e) => setSwept(e.target.checked ? [...swept, axis] : swept.filter((a) => a !== axis))}
                      />
                      {axis}
                    </label>
                  ))}
                </p>
              ) : null}
              <HyperparameterFields
                method={view.method}
                values={shown}
                swept={mode === "sweep" ? swept : []}
                errors={errors}
                onChange={(name, value) => (isSwept(name) ? setSweepValues({ ...sweepValues, [name]: value }) : setValues({ ...values, [name]: value }))}
              />
            </fieldset>
            <div className="grid grid-cols-2 gap-3">
              <label htmlFor="launch-suffix" className="text-xs font-medium text-zinc-700">
                Suffix
                <input
                  id="launch-suffix"
                  name="suffix"
                  value={suffix}
                  onChange={(e) => setSuffix(e.target.value)}
                  placeholder="e.g. support-bot"
                  maxLength={64}
                  autoComplete="off"
                  className={inputClasses("mt-1 w-full font-normal")}
                />
                <span className="mt-0.5 block font-normal text-zinc-500">In the model&apos;s name; letters, digits, - and _</span>
                <FieldError id="launch-suffix-error" messages={errors?.suffix} />
              </label>
              <label htmlFor="launch-seed" className="text-xs font-medium text-zinc-700">
                Seed
                <input
                  id="launch-seed"
                  name="seed"
                  inputMode="numeric"
                  placeholder="random"
                  autoComplete="off"
                  className={inputClasses("mt-1 w-full font-normal")}
                />
                <span className="mt-0.5 block font-normal text-zinc-500">The same seed repeats a run</span>
                <FieldError id="launch-seed-error" messages={errors?.seed} />
              </label>
            </div>
            <LaunchSummary view={view} mode={mode} values={{ ...shown, suffix }} swept={mode === "sweep" ? swept : []} />
            {result && !result.ok ? (
              <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
                <MessageText text={result.error} />
              </p>
            ) : null}
          </div>
          <footer className="flex items-center justify-end gap-2 border-t border-zinc-200 px-5 py-3">
            <button type="button" className={buttonClasses("secondary")} onClick={() => router.push(closeHref, { scroll: false })}>
              Cancel
            </button>
            <button type="submit" className={buttonClasses("primary")} disabled={blocked || pending} aria-describedby={blocked ? "launch-blockers" : undefined}>
              {pending ? "Launching…" : mode === "single" ? "Launch fine-tune" : "Launch sweep"}
            </button>
          </footer>
        </form>
      </div>
    </div>
  );
}

/** Where the launch's files come from, said before Launch: a snapshot to make, or the one already holding them. */
function DraftNote({ view }: { view: LaunchView }) {
  if (!view.draft) return null;
  const records = plural(view.draft.records, "approved record");
  if (view.draft.reusing)
    return (
      <span role="note" className="block">
        Snapshot #{view.snapshot.number} already holds exactly these {records} with these options, so Launch reuses it instead of making a copy.{" "}
      </span>
    );
  return <span className="block">Launch first freezes the {records} as a numbered snapshot, the record of what the model trained on. </span>;
}

/** What the form launches from: the snapshot, or the dataset whose approved records Launch snapshots with the split checked here. */
function TargetFields({ view }: { view: LaunchView }) {
  if (view.snapshot.id) return <input type="hidden" name="snapshotId" value={view.snapshot.id} />;
  return (
    <>
      <input type="hidden" name="datasetId" value={view.draft?.datasetId ?? ""} />
      <input type="hidden" name="snapshotValidation" value={view.draft?.validation ?? ""} />
      <input type="hidden" name="snapshotSeed" value={view.draft?.seed ?? ""} />
    </>
  );
}
