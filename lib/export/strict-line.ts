import { toStrict } from "../formats/strict";
import type { LineRecord } from "../formats/schemas";

// One exported line. A record without unknown keys is written exactly as it was
// imported (or last saved), byte for byte; one with unknown keys is re-serialised
// without them, because a provider may reject keys it does not define.
export function strictLine(body: string, unknownKeys: string | null): string {
  if (unknownKeys === null) return body;
  return JSON.stringify(toStrict(JSON.parse(body) as LineRecord));
}
