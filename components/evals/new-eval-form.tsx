"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState, useTransition } from "react";
import { previewEvaluationAction, startEvaluationAction } from "@/lib/actions/eval-actions";
import { DEFAULT_JUDGE_RUBRIC } from "@/lib/evals/judge";
import type { EvalChoices, EvalPrefill } from "@/lib/evals/eval-choices-view";
import { evalRequestInput, initialEvalForm, type EvalFormValues } from "@/lib/evals/eval-form";
import { EVAL_BOUNDS } from "@/lib/evals/eval-vocabulary";
import type { ActionFailure } from "@/lib/api/action-result";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { controlProps, EvalField } from "./eval-field";
import { EvalSourceFields } from "./eval-source-fields";
import { EvalModelFields, ModelSuggestions } from "./eval-model-fields";
import { EvalJudgeFields } from "./eval-judge-fields";
import { EvalEstimate, type EvalPreviewView } from "./eval-estimate";
import { panelClasses } from "@/components/ui/panel";

// An evaluation is estimated before it starts: the server reads the eval set, counts
// what would be sent and prices it. Start stays off until the estimate is for exactly
// the inputs on screen, so what starts is what was estimated; any change asks for a
// new estimate.

type Estimate = { key: string; preview: EvalPreviewView };

export function NewEvalForm({ choices, prefill }: { choices: EvalChoices; prefill: EvalPrefill }) {
  const router = useRouter();
  const [values, setValues] = useState<EvalFormValues>(() => initialEvalForm(choices, prefill, DEFAULT_JUDGE_RUBRIC));
  const [estimate, setEstimate] = useState<Estimate | null>(null);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [estimating, startEstimating] = useTransition();
  const [starting, startStarting] = useTransition();
  const [started, setStarted] = useState(false);

  const input = useMemo(() => evalRequestInput(values), [values]);
  const key = JSON.stringify(input);
  const current = estimate?.key === key ? estimate.preview : null;
  const set = (patch: Partial<EvalFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const errors = failure?.fieldErrors;
  const hasFieldErrors = Object.keys(errors ?? {}).length > 0;
  const busy = estimating || starting || started;

  const estimateCost = () =>
    startEstimating(async () => {
      const result = await previewEvaluationAction(input);
      setFailure(result.ok ? null : result);
      setEstimate(result.ok ? { key, preview: result.preview } : null);
    });

  const start = () =>
    startStarting(async () => {
      const result = await startEvaluationAction(input);
      if (result.ok) {
        setStarted(true);
        router.push(`/evals/${result.evaluationId}`);
      } else {
        setFailure(result);
      }
    });

  return (
    <form
      className={panelClasses(5, "space-y-5")}
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy) estimateCost();
      }}
    >
      {prefill.notes.length ? (
        <Notice tone="warning">
          {prefill.notes.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </Notice>
      ) : null}
      <ModelSuggestions choices={choices} />
      <EvalSourceFields values={values} set={set} choices={choices} errors={errors} />
      <EvalModelFields values={values} set={set} choices={choices} errors={errors} />
      <EvalJudgeFields values={values} set={set} errors={errors} defaultRubric={DEFAULT_JUDGE_RUBRIC} />
      <EvalField
        id="eval-name"
        label="Name"
        hint={`Optional; by default “${values.modelB.trim() || "model B"} vs ${values.modelA.trim() || "model A"}”.`}
        errors={errors?.name}
        className="max-w-md"
      >
        <input
          {...controlProps("eval-name", { hint: true, errors: errors?.name })}
          value={values.name}
          onChange={(e) => set({ name: e.target.value })}
          maxLength={EVAL_BOUNDS.name.max}
          autoComplete="off"
          className={inputClasses("w-full")}
        />
      </EvalField>

      {failure ? (
        <Notice tone="error" title={hasFieldErrors ? "Some fields need attention" : "Nothing was started"}>
          {failure.error}
        </Notice>
      ) : null}
      {current ? <EvalEstimate preview={current} /> : null}
      {estimate && !current && !failure ? <Notice>The inputs changed since the last estimate: estimate again to start with these.</Notice> : null}

      <div className="flex flex-wrap items-center gap-2 border-t border-zinc-200 pt-4">
        <Button type="submit" variant={current ? "secondary" : "primary"} disabled={busy}>
          {estimating ? "Estimating…" : "Estimate cost"}
        </Button>
        <Button type="button" variant="primary" disabled={!current || busy} aria-describedby="eval-start-hint" onClick={start}>
          {starting || started ? "Starting…" : "Start evaluation"}
        </Button>
        <p id="eval-start-hint" className="text-xs text-zinc-500">
          {current
            ? "Starts the run on the server; you can cancel and resume it from its page."
            : "Estimate the cost first: starting is possible once the estimate is for the inputs above."}
        </p>
      </div>
    </form>
  );
}
