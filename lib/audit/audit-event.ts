// The audit log as the page and the API read it, apart from how it is stored: the
// data layer fills these, components show them without reaching the database.

export type AuditEventView = {
  id: number;
  at: Date;
  /** As they were when the event happened (copied into the event). */
  actor: { id: string; email: string; name: string };
  action: string;
  actionLabel: string;
  /** The dataset the event happened in; `name` is null once the dataset is purged, `deleted` while it is in the trash of datasets. */
  dataset: { id: string; name: string | null; deleted?: boolean } | null;
  targetType: string | null;
  targetId: string | null;
  summary: string;
  detail: unknown;
};

/** The choices of the audit page's filter. */
export type AuditFilterOptions = {
  users: { id: string; name: string; email: string }[];
  datasets: { id: string; name: string }[];
};

/** Where an event's target lives in the app, for the ones with a page of their own. */
export function auditTargetHref(e: Pick<AuditEventView, "targetType" | "targetId">): string | null {
  if (!e.targetId) return null;
  switch (e.targetType) {
    case "conversation":
      return `/conversations/${e.targetId}`;
    case "snapshot":
      return `/snapshots/${e.targetId}`;
    case "fine_tune_job":
      return `/fine-tunes/${e.targetId}`;
    case "fine_tune_sweep":
      return `/fine-tunes/sweeps/${e.targetId}`;
    case "evaluation":
      return `/evals/${e.targetId}`;
    default:
      return null;
  }
}
