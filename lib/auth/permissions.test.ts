import { describe, expect, it } from "vitest";
import { can, PERMISSION_NAMES, seesAllDatasets } from "./permissions";
import { roleAtMost, ROLES, type Role } from "./roles";

// The whole table, written out: a change to who may do what must change this test.
const ALLOWED: Record<Role, string[]> = {
  viewer: ["datasets.read", "tokens.own"],
  annotator: ["datasets.read", "tokens.own", "conversations.edit", "conversations.review", "evals.judge"],
  lead: [
    "datasets.read",
    "tokens.own",
    "conversations.edit",
    "conversations.review",
    "datasets.create",
    "datasets.import",
    "datasets.dedup",
    "datasets.bulk",
    "datasets.export",
    "datasets.snapshot",
    "datasets.settings",
    "datasets.delete",
    "datasets.members",
    "datasets.moderate",
    "finetune.launch",
    "finetune.cancel",
    "audit.read",
    "evals.judge",
    "evals.run",
  ],
  admin: [...PERMISSION_NAMES],
};

describe("the permission table", () => {
  for (const role of ROLES) {
    for (const permission of PERMISSION_NAMES) {
      const allowed = ALLOWED[role].includes(permission);
      it(`${role} ${allowed ? "may" : "may not"} ${permission}`, () => expect(can(role, permission)).toBe(allowed));
    }
  }

  it("keeps annotators away from export, snapshots, fine-tunes and settings", () => {
    for (const p of [
      "datasets.export",
      "datasets.snapshot",
      "finetune.launch",
      "finetune.cancel",
      "datasets.settings",
      "datasets.delete",
      "datasets.moderate",
      "providers.manage",
      "evals.run",
    ] as const) {
      expect(can("annotator", p)).toBe(false);
    }
  });

  it("lets only admins see every dataset", () => {
    expect(ROLES.filter(seesAllDatasets)).toEqual(["admin"]);
  });

  it("orders roles so a token can be held to its owner's", () => {
    expect(roleAtMost("annotator", "lead")).toBe(true);
    expect(roleAtMost("lead", "lead")).toBe(true);
    expect(roleAtMost("admin", "lead")).toBe(false);
    expect(roleAtMost("viewer", "viewer")).toBe(true);
  });
});
