import { afterAll, describe, expect, it } from "vitest";
import { closeDb } from "../client";
import { importText } from "../../test/import-helpers";
import { STATUSES } from "../../validation/statuses";
import { getDatasetSummary, listDatasets } from "./list-datasets";
import { scopeOf } from "../../test/test-scope";
import { commandLineActor } from "../actor";

afterAll(closeDb);

const line = (q: string) =>
  JSON.stringify({
    messages: [
      { role: "user", content: q },
      { role: "assistant", content: `About ${q}` },
    ],
  });

describe("the counts of the datasets list", () => {
  it("count invalid lines apart and in no status, so every column adds up to the total", async () => {
    const { dataset } = await importText("counted", [line("one"), line("two"), "{broken", line("three")].join("\n") + "\n");
    const summary = await getDatasetSummary(scopeOf(dataset.id));
    expect(summary).toMatchObject({ total: 4, invalid: 1, counts: { pending: 3, approved: 0, rejected: 0, needs_changes: 0, duplicate: 0 } });
    const [listed] = (await listDatasets(await commandLineActor())).filter((d) => d.id === dataset.id);
    expect(STATUSES.reduce((sum, s) => sum + listed.counts[s], listed.invalid)).toBe(listed.total);
  });
});
