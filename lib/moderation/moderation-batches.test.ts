import { describe, expect, it } from "vitest";
import { planBatches } from "./moderation-batches";

const limits = { charsPerInput: 10, inputsPerRequest: 3, charsPerRequest: 20 };

describe("batching records into requests", () => {
  it("fills requests up to the input count, remembering whose each input is", () => {
    const batches = planBatches(
      [
        { id: 1, inputs: ["a"] },
        { id: 2, inputs: ["b", "c"] },
        { id: 3, inputs: ["d"] },
      ],
      limits,
    );
    expect(batches).toEqual([
      { inputs: ["a", "b", "c"], owners: [1, 2, 2] },
      { inputs: ["d"], owners: [3] },
    ]);
  });

  it("starts a new request before the characters would pass the limit, even mid-record", () => {
    const batches = planBatches([{ id: 7, inputs: ["x".repeat(9), "y".repeat(9), "z".repeat(9)] }], limits);
    expect(batches.map((b) => b.inputs.join("").length)).toEqual([18, 9]);
    expect(batches.flatMap((b) => b.owners)).toEqual([7, 7, 7]);
  });

  it("sends nothing for records without inputs, and refuses an input over the limit", () => {
    expect(planBatches([{ id: 1, inputs: [] }], limits)).toEqual([]);
    expect(() => planBatches([{ id: 4, inputs: ["x".repeat(11)] }], limits)).toThrow(/record 4/);
  });
});
