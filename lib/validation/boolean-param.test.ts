import { describe, expect, it } from "vitest";
import { booleanParam } from "./boolean-param";
import { ExportRequestSchema } from "./export-request";
import { SnapshotRequestSchema } from "./snapshot-request";

describe("booleanParam", () => {
  const schema = booleanParam("allowErrors");

  it("reads true, 1 and their text as yes, false, 0 and theirs as no, and empty as absent", () => {
    for (const yes of [true, 1, "1", "true", "TRUE", " true "]) expect(schema.parse(yes)).toBe(true);
    for (const no of [false, 0, "0", "false", "False"]) expect(schema.parse(no)).toBe(false);
    for (const absent of [undefined, null, ""]) expect(schema.parse(absent)).toBeUndefined();
  });

  it("refuses anything else, naming the field and what it takes", () => {
    for (const bad of ["yes", "2", 2, "on", {}, []]) {
      const r = schema.safeParse(bad);
      expect(r.success).toBe(false);
      expect(r.error?.issues[0].message).toBe("allowErrors must be true or 1 (false or 0 to leave it off)");
    }
  });

  it("is what export and snapshot requests read allowErrors with", () => {
    expect(ExportRequestSchema.parse({ allowErrors: "1" }).allowErrors).toBe(true);
    expect(ExportRequestSchema.parse({ allowErrors: "true" }).allowErrors).toBe(true);
    expect(ExportRequestSchema.parse({ allowErrors: "0" }).allowErrors).toBe(false);
    expect(SnapshotRequestSchema.parse({ allowErrors: true }).allowErrors).toBe(true);
    expect(SnapshotRequestSchema.parse({ allowErrors: 1 }).allowErrors).toBe(true);
    expect(SnapshotRequestSchema.parse({}).allowErrors).toBeUndefined();
  });
});
