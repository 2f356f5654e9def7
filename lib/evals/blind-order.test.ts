import { describe, expect, it } from "vitest";
import { bShownLeft, choiceFromDisplay, displayFromChoice } from "./blind-order";
import { DISPLAY_CHOICES, HUMAN_CHOICES } from "./eval-vocabulary";

describe("blind order", () => {
  it("is the same for the same seed, pair and annotator", () => {
    for (let id = 1; id < 50; id++) expect(bShownLeft(7, id, "u1")).toBe(bShownLeft(7, id, "u1"));
  });

  it("puts each model on the left about half the time", () => {
    let left = 0;
    for (let id = 1; id <= 2000; id++) if (bShownLeft(42, id, "annotator")) left++;
    expect(left).toBeGreaterThan(900);
    expect(left).toBeLessThan(1100);
  });

  it("differs between annotators and between seeds", () => {
    const order = (seed: number, user: string) => Array.from({ length: 64 }, (_, i) => bShownLeft(seed, i + 1, user));
    expect(order(1, "ann")).not.toEqual(order(1, "bea"));
    expect(order(1, "ann")).not.toEqual(order(2, "ann"));
  });

  it("maps a side of the screen to a model and back", () => {
    expect(choiceFromDisplay("left", true)).toBe("b");
    expect(choiceFromDisplay("left", false)).toBe("a");
    expect(choiceFromDisplay("right", true)).toBe("a");
    expect(choiceFromDisplay("tie", true)).toBe("tie");
    expect(choiceFromDisplay("both_bad", false)).toBe("both_bad");
    for (const bLeft of [true, false]) {
      for (const d of DISPLAY_CHOICES) expect(displayFromChoice(choiceFromDisplay(d, bLeft), bLeft)).toBe(d);
      for (const c of HUMAN_CHOICES) expect(choiceFromDisplay(displayFromChoice(c, bLeft), bLeft)).toBe(c);
    }
  });
});
