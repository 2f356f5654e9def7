import { describe, expect, it } from "vitest";
import { autoEpochs, parseHyperparameters, resolveHyperparameters } from "./hyperparameters";

describe("hyperparameters", () => {
  it("choose epochs by the data-preparation notebook's rule", () => {
    expect(autoEpochs(10)).toBe(10);
    expect(autoEpochs(3)).toBe(25);
    expect(autoEpochs(33)).toBe(3);
    expect(autoEpochs(34)).toBe(3);
    expect(autoEpochs(8333)).toBe(3);
    expect(autoEpochs(8334)).toBe(2);
    expect(autoEpochs(30_000)).toBe(1);
  });

  it("make auto concrete and keep what was asked", () => {
    const asked = parseHyperparameters({ n_epochs: "auto", batch_size: 4 }, "method.supervised.hyperparameters", false);
    expect(asked).toEqual({ n_epochs: "auto", batch_size: 4, learning_rate_multiplier: "auto" });
    expect(resolveHyperparameters(asked, 50)).toEqual({ n_epochs: 3, batch_size: 4, learning_rate_multiplier: 1.8 });
    const dpo = parseHyperparameters(undefined, "method.dpo.hyperparameters", true);
    expect(resolveHyperparameters(dpo, 5000)).toEqual({ n_epochs: 3, batch_size: 10, learning_rate_multiplier: 1.8, beta: 0.1 });
    expect(resolveHyperparameters(dpo, 500_000).batch_size).toBe(256);
  });
});
