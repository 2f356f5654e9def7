import { afterAll, describe, expect, it } from "vitest";
import { closeDb, db } from "../client";
import { commandLineActor } from "../actor";
import { DatasetCreateSchema } from "../../validation/dataset";
import { createDataset } from "./create-dataset";
import { setForEvaluation } from "./set-for-evaluation";
import { setModerationEnabled } from "../moderation/set-moderation-enabled";
import { scopeOf } from "../../test/test-scope";

afterAll(closeDb);

const settingEvents = (datasetId: string) =>
  db().auditEvent.findMany({ where: { datasetId, action: "dataset.settings_changed" }, orderBy: { id: "asc" }, select: { summary: true, detail: true } });

describe("dataset switches", () => {
  it("write the setting with one audit event saying who changed what, and nothing when it already has that value", async () => {
    const actor = await commandLineActor();
    const dataset = await createDataset(DatasetCreateSchema.parse({ name: "switches" }), actor);
    expect((await setForEvaluation(scopeOf(dataset.id), { forEvaluation: true }, actor)).forEvaluation).toBe(true);
    expect((await setForEvaluation(scopeOf(dataset.id), { forEvaluation: true }, actor)).forEvaluation).toBe(true);
    expect((await setModerationEnabled(scopeOf(dataset.id), { enabled: true }, actor)).moderationEnabled).toBe(true);
    const events = await settingEvents(dataset.id);
    expect(events.map((e) => e.summary)).toEqual([
      "Marked switches for evaluation.",
      "Turned on the moderation pre-scan of switches, allowing its content to be sent to the provider.",
    ]);
    expect(events.map((e) => (typeof e.detail === "string" ? JSON.parse(e.detail) : e.detail))).toEqual([
      { setting: "forEvaluation", from: false, to: true },
      { setting: "moderationEnabled", from: false, to: true },
    ]);
  });
});
