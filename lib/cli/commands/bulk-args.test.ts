import { describe, expect, it } from "vitest";
import { bulkRequestFromFlags } from "./bulk-args";
import { CliError } from "../cli-error";

describe("tuneset bulk flags", () => {
  it("reads a filter and one change into the API's request", () => {
    expect(bulkRequestFromFlags({ status: "pending", search: "refund", "add-label": ["vip", "billing"], "dry-run": true })).toEqual({
      selection: { filter: { status: "pending", label: undefined, q: "refund", invalid: undefined } },
      action: { type: "add_labels", labels: ["vip", "billing"] },
      preview: true,
    });
    expect(bulkRequestFromFlags({ ids: "3, 5,8", find: "a+", replace: "b", regex: true })).toEqual({
      selection: { ids: [3, 5, 8] },
      action: { type: "find_replace", find: "a+", replace: "b", regex: true, case_sensitive: false, role: undefined },
      preview: false,
    });
    expect(bulkRequestFromFlags({ "system-prompt-file": "p.txt" }, () => "Be brief.\n").action).toEqual({ type: "replace_system_prompt", text: "Be brief." });
  });

  it("refuses missing, doubled or half-given changes with a usage error naming the flag", () => {
    const error = (f: Parameters<typeof bulkRequestFromFlags>[0]) => {
      try {
        bulkRequestFromFlags(f);
      } catch (e) {
        expect(e).toBeInstanceOf(CliError);
        expect((e as CliError).exitCode).toBe(2);
        return (e as Error).message;
      }
      throw new Error("expected a usage error");
    };
    expect(error({})).toMatch(/name one change/);
    expect(error({ delete: true, "set-status": "approved" })).toMatch(/one change at a time/);
    expect(error({ find: "x" })).toMatch(/--find needs --replace/);
    expect(error({ replace: "x", delete: true })).toMatch(/--replace needs --find/);
    expect(error({ ids: "1,x", delete: true })).toMatch(/"x" is not one/);
    expect(error({ ids: "1", status: "approved", delete: true })).toMatch(/leave out --status/);
  });
});
