import { describe, expect, it } from "vitest";
import { LaunchRequestSchema } from "../validation/launch-request";
import { IDEMPOTENCY_METADATA_KEY, matchesOurJob, newIdempotencyKey } from "./idempotency";

describe("newIdempotencyKey", () => {
  it("makes keys the launch schema accepts, and different ones each time", () => {
    const keys = Array.from({ length: 200 }, newIdempotencyKey);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) {
      expect(key).toMatch(/^ts_[A-Za-z0-9_-]{22}$/);
      expect(LaunchRequestSchema.parse({ model: "gpt-4o-mini", idempotencyKey: key }).idempotencyKey).toBe(key);
    }
  });
});

describe("matchesOurJob", () => {
  const ours = { idempotencyKey: "ts_abcdefgh12345678", trainingFileId: "file-ours" };

  it("recognises the job by the key in its metadata", () => {
    expect(matchesOurJob({ training_file: "file-other", metadata: { [IDEMPOTENCY_METADATA_KEY]: ours.idempotencyKey } }, ours)).toBe(true);
  });

  it("recognises the job by its training file where the provider keeps no metadata", () => {
    expect(matchesOurJob({ training_file: "file-ours" }, ours)).toBe(true);
    expect(matchesOurJob({ training_file: "file-ours", metadata: null }, ours)).toBe(true);
  });

  it("leaves other people's jobs alone", () => {
    expect(matchesOurJob({ training_file: "file-other", metadata: { [IDEMPOTENCY_METADATA_KEY]: "ts_someoneelse000" } }, ours)).toBe(false);
    expect(matchesOurJob({ training_file: "file-other", metadata: {} }, ours)).toBe(false);
    // No file uploaded yet: an empty id must not match a job whose file id is empty too.
    expect(matchesOurJob({ training_file: "" }, { idempotencyKey: ours.idempotencyKey, trainingFileId: null })).toBe(false);
    expect(matchesOurJob({ training_file: "", metadata: { [IDEMPOTENCY_METADATA_KEY]: "" } }, { idempotencyKey: "", trainingFileId: "" })).toBe(false);
  });
});
