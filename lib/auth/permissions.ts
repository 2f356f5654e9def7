import { ROLES, type Role } from "./roles";

// The permission table: every action a user can take, and the weakest role that may
// take it. Server actions, route handlers and pages check it before doing anything;
// hiding a button is never the check.

export const PERMISSIONS = {
  "datasets.read": { least: "viewer", label: "browse datasets and their conversations" },
  "tokens.own": { least: "viewer", label: "create and revoke their own API tokens" },
  "conversations.edit": { least: "annotator", label: "edit conversations" },
  "conversations.review": { least: "annotator", label: "approve, reject, label and note conversations" },
  "datasets.create": { least: "lead", label: "create datasets" },
  "datasets.import": { least: "lead", label: "import files" },
  "datasets.dedup": { least: "lead", label: "run and resolve de-duplication" },
  "datasets.bulk": { least: "lead", label: "run bulk actions and empty the trash" },
  "datasets.export": { least: "lead", label: "export datasets" },
  "datasets.snapshot": { least: "lead", label: "create snapshots" },
  "datasets.settings": { least: "lead", label: "change a dataset's settings" },
  "datasets.delete": { least: "lead", label: "delete datasets and restore them from the trash" },
  "datasets.members": { least: "lead", label: "manage dataset members" },
  "datasets.moderate": { least: "lead", label: "turn on and run the moderation pre-scan, which sends a dataset's content to the provider" },
  "finetune.launch": { least: "lead", label: "launch fine-tunes" },
  "finetune.cancel": { least: "lead", label: "cancel fine-tunes" },
  "evals.judge": { least: "annotator", label: "judge evaluation answers blind" },
  "evals.run": { least: "lead", label: "run, cancel and resume evaluations, and send losing examples back for review" },
  "audit.read": { least: "lead", label: "read the audit log" },
  "users.manage": { least: "admin", label: "manage users and roles" },
  "providers.manage": { least: "admin", label: "manage provider settings and keys" },
} as const satisfies Record<string, { least: Role; label: string }>;

export type Permission = keyof typeof PERMISSIONS;
export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

export function can(role: Role, permission: Permission): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(PERMISSIONS[permission].least);
}

/** Admins see every dataset; everyone else only those they are a member of. */
export const seesAllDatasets = (role: Role) => role === "admin";
