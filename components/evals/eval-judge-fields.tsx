"use client";

import type { EvalFormValues } from "@/lib/evals/eval-form";
import { EVAL_BOUNDS } from "@/lib/evals/eval-vocabulary";
import { inputClasses } from "@/components/ui/field";
import { controlProps, EvalField, type FieldErrors } from "./eval-field";
import { MODEL_SUGGESTIONS_ID } from "./eval-model-fields";

// Who decides which answer is better: annotators, blind, always; an LLM judge too when
// asked for, reading both answers twice (once in each order) so the order it sees
// them in cannot decide for it.

type Props = {
  values: EvalFormValues;
  set: (patch: Partial<EvalFormValues>) => void;
  errors?: FieldErrors;
  defaultRubric: string;
};

export function EvalJudgeFields({ values, set, errors, defaultRubric }: Props) {
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-semibold text-zinc-800">Judging</legend>
      <EvalField
        id="eval-votesPerPair"
        label="Annotators per pair"
        hint="How many annotators judge each pair of answers blind, without knowing which model wrote which."
        errors={errors?.votesPerPair}
        className="max-w-xs"
      >
        <input
          {...controlProps("eval-votesPerPair", { hint: true, errors: errors?.votesPerPair })}
          type="number"
          min={EVAL_BOUNDS.votesPerPair.min}
          max={EVAL_BOUNDS.votesPerPair.max}
          step={1}
          value={values.votesPerPair}
          onChange={(e) => set({ votesPerPair: e.target.value })}
          className={inputClasses("w-full")}
        />
      </EvalField>
      <div className="text-sm">
        <label className="inline-flex items-center gap-2">
          <input
            type="checkbox"
            checked={values.judge}
            onChange={(e) => set({ judge: e.target.checked })}
            aria-describedby="eval-judge-hint"
            className="h-4 w-4"
          />
          Compare with an LLM judge
        </label>
        <p id="eval-judge-hint" className="mt-0.5 text-xs text-zinc-500">
          A model reads the prompt, the reference and both answers, in both orders, and says which is better. Two more calls per example.
        </p>
      </div>
      {values.judge ? (
        <div className="space-y-3 border-l-2 border-zinc-200 pl-3">
          <EvalField
            id="eval-judgeModel"
            label="Judge model"
            hint="A strong model that is neither A nor B, e.g. gpt-4.1-2025-04-14."
            errors={errors?.judgeModel}
            className="max-w-md"
          >
            <input
              {...controlProps("eval-judgeModel", { hint: true, errors: errors?.judgeModel })}
              list={MODEL_SUGGESTIONS_ID}
              value={values.judgeModel}
              onChange={(e) => set({ judgeModel: e.target.value })}
              autoComplete="off"
              spellCheck={false}
              className={inputClasses("w-full font-mono")}
            />
          </EvalField>
          <EvalField
            id="eval-judgeRubric"
            label="Rubric"
            hint={
              <>
                What “better” means for this task; at most {EVAL_BOUNDS.rubric.max.toLocaleString("en")} characters.{" "}
                {values.judgeRubric !== defaultRubric ? (
                  <button type="button" className="underline" onClick={() => set({ judgeRubric: defaultRubric })}>
                    Use the default rubric
                  </button>
                ) : null}
              </>
            }
            errors={errors?.judgeRubric}
          >
            <textarea
              {...controlProps("eval-judgeRubric", { hint: true, errors: errors?.judgeRubric })}
              rows={6}
              maxLength={EVAL_BOUNDS.rubric.max}
              value={values.judgeRubric}
              onChange={(e) => set({ judgeRubric: e.target.value })}
              className={inputClasses("w-full", "multiline")}
            />
          </EvalField>
        </div>
      ) : null}
    </fieldset>
  );
}
