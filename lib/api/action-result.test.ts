import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "../errors";
import { actionFailure, CONFLICT_ACTION_ERROR, UNKNOWN_ACTION_ERROR } from "./action-result";

describe("actionFailure", () => {
  it("passes an AppError's own message, and words a conflict for the record at hand", () => {
    expect(actionFailure(new AppError("bad_request", "Fix the line first"))).toMatchObject({ ok: false, code: "bad_request", error: "Fix the line first" });
    expect(actionFailure(new AppError("conflict", "stale"), CONFLICT_ACTION_ERROR).error).toBe(CONFLICT_ACTION_ERROR);
    expect(actionFailure(new AppError("conflict", "A dataset named x already exists")).error).toBe("A dataset named x already exists");
  });

  it("turns zod issues into field errors", () => {
    const parsed = z.object({ name: z.string().min(1, { error: "Give it a name" }) }).safeParse({ name: "" });
    expect(parsed.success).toBe(false);
    const failure = actionFailure<"name">(parsed.error);
    expect(failure.fieldErrors?.name).toEqual(["Give it a name"]);
    expect(failure.error).toBe("Give it a name");
  });

  it("never shows the text of an unknown error", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(actionFailure(new Error("SQLITE_BUSY: database is locked at /srv/db"))).toEqual({ ok: false, code: "internal", error: UNKNOWN_ACTION_ERROR });
    log.mockRestore();
  });
});
