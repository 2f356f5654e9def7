// What the audit log records, as stable dotted codes with the words the audit page
// shows for them. Stored rows keep the code, so a label can be reworded at any time;
// a code once written must never be renamed.

export const AUDIT_ACTIONS = {
  "conversation.edited": "Edited a conversation",
  "conversation.status_set": "Set a status",
  "conversation.labels_set": "Changed labels",
  "conversation.note_set": "Wrote a note",
  "conversation.restored": "Restored a version",
  "import.finished": "Imported a file",
  "import.failed": "Import failed",
  "import.interrupted": "Import interrupted",
  "export.downloaded": "Exported",
  "bulk.applied": "Bulk change",
  "bulk.undone": "Undid a bulk change",
  "dedup.run_started": "Started de-duplication",
  "dedup.resolved": "Resolved duplicates",
  "moderation.scan_started": "Started a moderation scan",
  "dataset.created": "Created a dataset",
  "dataset.settings_changed": "Changed dataset settings",
  "dataset.renamed": "Renamed a dataset",
  "dataset.described": "Changed a dataset's description",
  "dataset.deleted": "Deleted a dataset",
  "dataset.restored": "Restored a dataset",
  "dataset.purged": "Purged a deleted dataset",
  "user.created": "Created a user",
  "user.role_changed": "Changed a role",
  "user.disabled": "Turned off an account",
  "user.enabled": "Turned on an account",
  "user.reset_link_issued": "Issued a reset link",
  "user.password_reset": "Reset a password",
  "token.created": "Created an API token",
  "token.revoked": "Revoked an API token",
  "member.added": "Added a member",
  "member.removed": "Removed a member",
  "snapshot.created": "Created a snapshot",
  "snapshot.downloaded": "Downloaded a snapshot",
  "finetune.launched": "Launched a fine-tune",
  "finetune.refused": "Fine-tune refused by provider",
  "finetune.launch_retried": "Retried a fine-tune launch",
  "finetune.cancelled": "Cancelled a fine-tune",
  "finetune.sweep_launched": "Launched a sweep",
  "provider.settings_changed": "Changed provider settings",
  "eval.started": "Started an evaluation",
  "eval.cancelled": "Cancelled an evaluation",
  "eval.resumed": "Resumed an evaluation",
  "eval.sent_back": "Sent an example back for review",
  "eval.voted": "Judged a pair blind",
} as const satisfies Record<string, string>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export const AUDIT_ACTION_CODES = Object.keys(AUDIT_ACTIONS) as [AuditAction, ...AuditAction[]];

export const isAuditAction = (value: unknown): value is AuditAction => typeof value === "string" && value in AUDIT_ACTIONS;

/** The page's words for a stored code; a code from a newer version of Tuneset shows as itself. */
export const auditActionLabel = (code: string): string => (isAuditAction(code) ? AUDIT_ACTIONS[code] : code);

/** What an event is about, so its target id can be read (and linked) without guessing. */
export type AuditTargetType =
  | "conversation"
  | "dataset"
  | "import"
  | "bulk_operation"
  | "dedup_run"
  | "moderation_run"
  | "user"
  | "api_token"
  | "snapshot"
  | "fine_tune_job"
  | "fine_tune_sweep"
  | "provider"
  | "evaluation";
