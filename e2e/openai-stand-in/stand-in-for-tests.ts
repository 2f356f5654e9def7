import { afterAll, beforeAll, beforeEach } from "vitest";
import { createStandIn } from "./server";

/** A stand-in for a vitest file: listening on a free port for the file's tests, with no fault left over between tests. */
export function standInForTests(apiKey: string) {
  const standIn = createStandIn({ apiKey });
  let base = "";
  beforeAll(async () => {
    base = await standIn.listen(0);
  });
  afterAll(() => standIn.close());
  beforeEach(() => standIn.faults.clear());
  return { standIn, base: () => base };
}
