import { describe, expect, it } from "vitest";
import { z } from "zod";
import { EvalVoteSchema, SkipListSchema } from "./eval-vote";

const errors = (input: unknown) => {
  const r = EvalVoteSchema.safeParse(input);
  return r.success ? null : z.flattenError(r.error).fieldErrors;
};

describe("EvalVoteSchema", () => {
  it("reads a vote, trims its note and defaults it to empty", () => {
    expect(EvalVoteSchema.parse({ exampleId: 4, choice: "left", note: "  too long  " })).toEqual({ exampleId: 4, choice: "left", note: "too long" });
    expect(EvalVoteSchema.parse({ exampleId: "7", choice: "both_bad" })).toEqual({ exampleId: 7, choice: "both_bad", note: "" });
  });

  it("names the field and what to send when a vote is wrong", () => {
    expect(errors({ choice: "left" })?.exampleId?.[0]).toMatch(/exampleId is required/);
    expect(errors({ exampleId: 1.5, choice: "left" })?.exampleId?.[0]).toMatch(/whole number/);
    expect(errors({ exampleId: 1, choice: "a" })?.choice?.[0]).toBe('choice must be "left", "right", "tie" or "both_bad"');
    expect(errors({ exampleId: 1, choice: "tie", note: "x".repeat(2001) })?.note?.[0]).toMatch(/under 2,000 characters/);
  });

  it("counts the note's length after trimming", () => {
    expect(errors({ exampleId: 1, choice: "tie", note: ` ${"x".repeat(2000)} ` })).toBeNull();
  });
});

describe("SkipListSchema", () => {
  it("reads pair ids and refuses anything else", () => {
    expect(SkipListSchema.parse(undefined)).toEqual([]);
    expect(SkipListSchema.parse(["3", 4])).toEqual([3, 4]);
    expect(SkipListSchema.safeParse([0]).success).toBe(false);
  });
});
