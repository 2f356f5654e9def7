import { z } from "zod";

// The Duplicates page's URL: which clusters of the latest run to list, and where each
// list (the run's own and the leakage check's) stands. A hand-edited value falls back
// to its default rather than failing the page: nothing here can be dangerous.

export const CLUSTER_STATES = ["unresolved", "resolved", "all"] as const;
export const CLUSTER_KINDS = ["exact", "near"] as const;
export const CLUSTER_PAGE_SIZE = 50;

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const offset = z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).default(0)).catch(0);

export const ClusterListQuerySchema = z.object({
  state: z.preprocess(emptyToUndefined, z.enum(CLUSTER_STATES).default("unresolved")).catch("unresolved"),
  kind: z.preprocess(emptyToUndefined, z.enum(CLUSTER_KINDS).optional()).catch(undefined),
  offset,
  leakage_offset: offset,
});

export type ClusterListQuery = z.infer<typeof ClusterListQuerySchema>;

/** The page's query string after `changes`; defaults are left out, and a new filter starts at the first page. */
export function clusterListHref(datasetId: string, q: ClusterListQuery, changes: Partial<ClusterListQuery>): string {
  const next = { ...q, ...changes };
  if ("state" in changes || "kind" in changes) next.offset = 0;
  const params = new URLSearchParams();
  if (next.state !== "unresolved") params.set("state", next.state);
  if (next.kind) params.set("kind", next.kind);
  if (next.offset) params.set("offset", String(next.offset));
  if (next.leakage_offset) params.set("leakage_offset", String(next.leakage_offset));
  const qs = params.toString();
  return `/datasets/${datasetId}/duplicates${qs ? `?${qs}` : ""}`;
}
