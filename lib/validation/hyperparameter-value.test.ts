import { describe, expect, it } from "vitest";
import { parseHyperparameter } from "./hyperparameter-value";

describe("parseHyperparameter", () => {
  it("reads auto, blanks and missing values as auto", () => {
    for (const raw of [undefined, null, "", "  ", "auto", " Auto "]) {
      expect(parseHyperparameter("n_epochs", raw)).toEqual({ ok: true, value: "auto" });
    }
  });

  it("reads plain and exponent notation, and whole numbers written with a fraction", () => {
    expect(parseHyperparameter("learning_rate_multiplier", ".5")).toEqual({ ok: true, value: 0.5 });
    expect(parseHyperparameter("learning_rate_multiplier", "2e-1")).toEqual({ ok: true, value: 0.2 });
    expect(parseHyperparameter("n_epochs", "+3")).toEqual({ ok: true, value: 3 });
    expect(parseHyperparameter("n_epochs", "3.0")).toEqual({ ok: true, value: 3 });
    expect(parseHyperparameter("batch_size", 256)).toEqual({ ok: true, value: 256 });
    expect(parseHyperparameter("beta", 2)).toEqual({ ok: true, value: 2 });
  });

  it("refuses what is not a finite number within the bounds", () => {
    for (const raw of [Infinity, Number.NaN, "Infinity", "1,5", "5 epochs", [], {}, false]) {
      expect(parseHyperparameter("learning_rate_multiplier", raw).ok).toBe(false);
    }
    expect(parseHyperparameter("beta", "0")).toEqual({ ok: false, message: "beta must be auto or a number greater than 0 and at most 2" });
    expect(parseHyperparameter("batch_size", "0.5")).toEqual({ ok: false, message: "batch_size must be auto or a whole number from 1 to 256" });
  });
});
