import { z } from "zod";

// Review decisions a conversation can carry. "needs_changes" sends it back to an annotator.
export const STATUSES = ["pending", "approved", "rejected", "needs_changes"] as const;
export const StatusSchema = z.enum(STATUSES, {
  error: `expected one of ${STATUSES.join(", ")}`,
});
export type Status = z.infer<typeof StatusSchema>;

export const STATUS_LABELS: Record<Status, string> = {
  pending: "Pending",
  approved: "Approved",
  rejected: "Rejected",
  needs_changes: "Needs changes",
};

/** Formats of a stored record; invalid ones keep the raw line until fixed. */
export const KINDS = ["chat", "preference", "invalid"] as const;
export type Kind = (typeof KINDS)[number];
