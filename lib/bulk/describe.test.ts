import { describe, expect, it } from "vitest";
import { describeReach } from "./describe";

describe("describeReach", () => {
  it("says every selected conversation changes when all do, in the singular for one", () => {
    expect(describeReach({ records: 30, selected: 30, skipped: 0 })).toBe("Changes 30 conversations. You can undo it.");
    expect(describeReach({ records: 1, selected: 1, skipped: 0 })).toBe("Changes 1 conversation. You can undo it.");
  });

  it("counts what changes out of the selection and says why the rest does not", () => {
    expect(describeReach({ records: 29, selected: 30, skipped: 1 })).toBe("Changes 29 of 30 conversations; 1 invalid line is skipped. You can undo it.");
    expect(describeReach({ records: 1, selected: 6, skipped: 2 })).toBe(
      "Changes 1 of 6 conversations; 2 invalid lines are skipped; 3 need no change. You can undo it.",
    );
    expect(describeReach({ records: 1_500, selected: 1_501, skipped: 0 })).toBe("Changes 1,500 of 1,501 conversations; 1 needs no change. You can undo it.");
  });

  it("says when nothing would change", () => {
    expect(describeReach({ records: 0, selected: 2, skipped: 2 })).toBe("Changes nothing: 2 invalid lines are skipped.");
    expect(describeReach({ records: 0, selected: 0, skipped: 0 })).toBe("Changes nothing.");
  });
});
