import { describe, expect, it } from "vitest";
import { EvalRequestSchema } from "./eval-request";
import { PROVIDER_ADDRESS_MESSAGE } from "./provider-choice";

const base = { source: { kind: "snapshot", snapshotId: "s1" }, modelA: "gpt-4o-mini-2024-07-18", modelB: "ft:gpt-4o-mini-2024-07-18:acme::x1" };

describe("evaluation request", () => {
  it("fills the defaults from blank form fields", () => {
    const r = EvalRequestSchema.parse({ ...base, temperature: "", maxTokens: "", concurrency: "", judgeModel: "", name: " " });
    expect(r).toMatchObject({ provider: "openai", temperature: 0, maxTokens: 1024, concurrency: 4, votesPerPair: 1 });
    expect(r.judgeModel).toBeUndefined();
    expect(r.name).toBeUndefined();
  });

  it("takes numbers given as text, as the CLI and forms send them", () => {
    const r = EvalRequestSchema.parse({ ...base, temperature: "0.7", maxTokens: "256", concurrency: "8" });
    expect(r).toMatchObject({ temperature: 0.7, maxTokens: 256, concurrency: 8 });
  });

  it("says which field is out of bounds and what is allowed", () => {
    const r = EvalRequestSchema.safeParse({ ...base, temperature: 3, concurrency: "0" });
    expect(r.success).toBe(false);
    const issues = r.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(issues).toContain("temperature: temperature must be a number from 0 to 2");
    expect(issues).toContain("concurrency: concurrency must be a whole number from 1 to 32");
  });

  it("refuses comparing a model with itself, and a rubric without a judge", () => {
    const r = EvalRequestSchema.safeParse({ ...base, modelB: base.modelA, judgeRubric: "be strict" });
    expect(r.error!.issues.map((i) => i.path.join("."))).toEqual(["modelB", "judgeModel"]);
  });

  it("defaults a dataset source to its approved records and keeps the table filter", () => {
    const r = EvalRequestSchema.parse({ ...base, source: { kind: "dataset", datasetId: "d1", filter: { label: "billing" } } });
    expect(r.source).toEqual({ kind: "dataset", datasetId: "d1", filter: expect.objectContaining({ status: "approved", label: "billing" }) });
  });

  it("names a provider and carries no address or key: one sent is refused, never used", () => {
    expect(EvalRequestSchema.parse({ ...base, provider: "compatible" }).provider).toBe("compatible");
    for (const field of ["baseURL", "baseUrl", "base_url", "apiKey"]) {
      const r = EvalRequestSchema.safeParse({ ...base, provider: "compatible", [field]: "http://127.0.0.1:3891/internal/admin/delete-all?confirm=yes#" });
      expect(r.error?.issues).toEqual([expect.objectContaining({ path: [field], message: PROVIDER_ADDRESS_MESSAGE })]);
    }
  });

  it("asks for a model id when one is missing", () => {
    const r = EvalRequestSchema.safeParse({ source: base.source, modelA: "gpt-4o" });
    expect(r.error!.issues[0].message).toMatch(/^model B is required/);
  });
});
