import { z } from "zod";
import { DIFF_CHANGES } from "../snapshots/diff";

// Which two snapshots to compare (a: the older, b: the newer) and which page of which
// kind of change to list: the compare page's URL and the API's query alike.

export const COMPARE_PAGE_SIZE = 100;

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const SnapshotCompareSchema = z.object({
  a: z.string({ error: "a is required: the id of the older snapshot" }).min(1, { error: "a is required: the id of the older snapshot" }),
  b: z.string({ error: "b is required: the id of the newer snapshot" }).min(1, { error: "b is required: the id of the newer snapshot" }),
  change: z.preprocess(emptyToUndefined, z.enum(DIFF_CHANGES, { error: `change must be one of ${DIFF_CHANGES.join(", ")}` }).optional()),
  offset: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0, { error: "offset must be 0 or more" }).default(0)),
  limit: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(1000, { error: "limit must be at most 1000" }).default(COMPARE_PAGE_SIZE)),
});

export type SnapshotCompareQuery = z.infer<typeof SnapshotCompareSchema>;
