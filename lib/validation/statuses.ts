import { z } from "zod";

// Statuses a conversation can carry. "needs_changes" sends it back to an annotator;
// "duplicate" is set only by resolving a duplicate cluster (it links to the keeper),
// so the decisions a reviewer or a bulk change can make are the other four.
export const STATUSES = ["pending", "approved", "rejected", "needs_changes", "duplicate"] as const;
export const StatusSchema = z.enum(STATUSES, {
  error: `expected one of ${STATUSES.join(", ")}`,
});
export type Status = z.infer<typeof StatusSchema>;

export const DECISIONS = ["pending", "approved", "rejected", "needs_changes"] as const;
export const DecisionSchema = z.enum(DECISIONS, {
  error: `expected one of ${DECISIONS.join(", ")} (records become duplicates by resolving their duplicate cluster)`,
});
export type Decision = z.infer<typeof DecisionSchema>;

export const STATUS_LABELS: Record<Status, string> = {
  pending: "Pending",
  approved: "Approved",
  rejected: "Rejected",
  needs_changes: "Needs changes",
  duplicate: "Duplicate",
};

/** Formats of a stored record; invalid ones keep the raw line until fixed. */
export const KINDS = ["chat", "preference", "invalid"] as const;
export type Kind = (typeof KINDS)[number];
