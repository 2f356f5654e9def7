import { afterEach, describe, expect, it, vi } from "vitest";
import { onWake, wake, type WorkKind } from "./signal";

const shared = globalThis as unknown as { tunesetWakeListeners?: Map<string, () => void> };

afterEach(() => shared.tunesetWakeListeners?.clear());

/** Registers a fresh spy for each kind, in order, and returns the spies. */
function listen(...kinds: WorkKind[]) {
  return kinds.map((kind) => {
    const listener = vi.fn();
    onWake(kind, listener);
    return listener;
  });
}

describe("wake", () => {
  it("calls the loop that listens for the kind, and no other", () => {
    const [background, evals] = listen("background", "evals");
    wake("background");
    expect(background).toHaveBeenCalledTimes(1);
    expect(evals).not.toHaveBeenCalled();
  });

  it("drops a wake nobody listens for", () => {
    expect(() => wake("fine-tunes")).not.toThrow();
  });

  it("keeps one listener per kind, the latest, since every copy of a loop shares its state", () => {
    const [first, second] = listen("evals", "evals");
    wake("evals");
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
  });

  it("never lets a failing loop fail the write that woke it", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    onWake("background", () => {
      throw new Error("database closed");
    });
    expect(() => wake("background")).not.toThrow();
    expect(error).toHaveBeenCalledWith("Waking background work failed:", "database closed");
    error.mockRestore();
  });
});
