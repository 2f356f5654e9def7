import { afterAll, beforeAll, beforeEach } from "vitest";
import { createStandIn, type StandInOptions } from "./server";

/** A stand-in for a vitest file: listening on a free port for the file's tests, with no fault left over between tests. */
export function standInForTests(apiKey: string, options: Omit<StandInOptions, "apiKey"> = {}) {
  const standIn = createStandIn({ apiKey, ...options });
  let base = "";
  beforeAll(async () => {
    base = await standIn.listen(0);
  });
  afterAll(() => standIn.close());
  beforeEach(() => standIn.faults.clear());
  return { standIn, base: () => base };
}

/** A clock a test moves by hand, so the stand-in's simulated work needs no waiting. */
export function manualClock(startMs = Date.UTC(2026, 10, 27, 9, 0, 0)) {
  let t = startMs;
  return {
    now: () => t,
    advance(ms: number) {
      t += ms;
    },
  };
}
