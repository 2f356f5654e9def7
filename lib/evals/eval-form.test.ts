import { describe, expect, it } from "vitest";
import { EvalRequestSchema } from "../validation/eval-request";
import { evalRequestInput, fineTuneBehind, initialEvalForm } from "./eval-form";
import type { EvalChoices, FineTunedModelChoice } from "./eval-choices-view";

const snapshot = (id: string) => ({ id, number: 1, dataset: { id: "d1", name: "support" }, validationRecords: 4, kind: "chat", createdAt: new Date(0) });
const provider = (kind: "openai" | "azure" | "compatible", configured: boolean) => ({
  kind,
  name: kind,
  configured,
  host: configured ? "h" : null,
  problem: null,
});
const choices: Pick<EvalChoices, "snapshots" | "evalDatasets" | "providers"> = {
  snapshots: [snapshot("s-new"), snapshot("s-old")],
  evalDatasets: [{ id: "held", name: "held out", approved: 3, all: 5 }],
  providers: [provider("openai", false), provider("azure", true), provider("compatible", false)],
};
const ft = (model: string, datasetId: string): FineTunedModelChoice => ({
  jobId: `job-${datasetId}`,
  fineTunedModel: model,
  baseModel: "gpt-4o-mini-2024-07-18",
  suffix: null,
  provider: "openai",
  dataset: { id: datasetId, name: datasetId },
  snapshotNumber: 1,
});

describe("the New evaluation form", () => {
  it("starts from the newest validation split and the first configured provider", () => {
    const v = initialEvalForm(choices, { notes: [] }, "Rubric");
    expect(v).toMatchObject({
      sourceKind: "snapshot",
      snapshotId: "s-new",
      datasetId: "held",
      provider: "azure",
      judge: false,
      judgeRubric: "Rubric",
      maxTokens: "1024",
    });
  });

  it("starts from what a link filled in, and from a held-out dataset when there is no split", () => {
    const prefilled = initialEvalForm(choices, { snapshotId: "s-old", modelA: "a", modelB: "b", provider: "compatible", notes: [] }, "");
    expect(prefilled).toMatchObject({ snapshotId: "s-old", modelA: "a", modelB: "b", provider: "compatible" });
    expect(initialEvalForm({ ...choices, snapshots: [] }, { notes: [] }, "").sourceKind).toBe("dataset");
    expect(initialEvalForm({ ...choices, providers: [] }, { notes: [] }, "").provider).toBe("openai");
  });

  it("sends only the chosen source and, without a judge, no rubric", () => {
    const v = { ...initialEvalForm(choices, { notes: [] }, "Rubric"), modelA: " gpt-4o-mini ", modelB: "ft:gpt-4o-mini:acme::x", trainingDatasetId: "d9" };
    const snap = EvalRequestSchema.parse(evalRequestInput(v));
    expect(snap.source).toEqual({ kind: "snapshot", snapshotId: "s-new" });
    expect(snap).toMatchObject({ modelA: "gpt-4o-mini", provider: "azure", temperature: 0, maxTokens: 1024, concurrency: 4, votesPerPair: 1 });
    expect(snap.trainingDatasetId).toBeUndefined();
    expect(snap.judgeModel).toBeUndefined();
    expect(snap.judgeRubric).toBeUndefined();

    const held = EvalRequestSchema.parse(evalRequestInput({ ...v, sourceKind: "dataset", status: "all", judge: true, judgeModel: "gpt-4.1" }));
    expect(held.source).toMatchObject({ kind: "dataset", datasetId: "held", filter: { status: "all" } });
    expect(held).toMatchObject({ trainingDatasetId: "d9", judgeModel: "gpt-4.1", judgeRubric: "Rubric" });
  });

  it("reports a judge without a model beside the judge model, and a missing snapshot under the source", () => {
    const v = { ...initialEvalForm({ ...choices, snapshots: [], evalDatasets: [] }, { notes: [] }, "Rubric"), modelA: "a", modelB: "b", judge: true };
    const r = EvalRequestSchema.safeParse(evalRequestInput(v));
    expect(r.error!.issues.map((i) => i.path[0])).toEqual(["source", "judgeModel"]);
  });

  it("finds the fine-tune whose dataset losing examples go back to: model B's first, then model A's", () => {
    const list = [ft("ft:a", "da"), ft("ft:b", "db")];
    expect(fineTuneBehind("ft:a", "ft:b", list)?.dataset.id).toBe("db");
    expect(fineTuneBehind("ft:a", " gpt-4o ", list)?.dataset.id).toBe("da");
    expect(fineTuneBehind("gpt-4o", "", list)).toBeNull();
  });
});

describe("the form opened from a held-out dataset's filtered table", () => {
  it("starts on that dataset and sends the table's conditions with its status", () => {
    const v = initialEvalForm(choices, { datasetId: "held", status: "needs_changes", tableFilter: { label: "billing", tokensMin: 100 }, notes: [] }, "");
    expect(v).toMatchObject({ sourceKind: "dataset", datasetId: "held", status: "needs_changes" });
    const request = EvalRequestSchema.parse(evalRequestInput({ ...v, modelA: "a", modelB: "b" }));
    expect(request.source).toMatchObject({ kind: "dataset", datasetId: "held", filter: { status: "needs_changes", label: "billing", tokensMin: 100 } });
  });
});
