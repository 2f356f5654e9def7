import { createHash, type Hash } from "node:crypto";
import { z } from "zod";
import { SYSTEM_PROMPT_MODES } from "./bake-system-prompt";

// The manifest written beside a snapshot's files (manifest.json) and kept in its
// database row: what went in (filter, counts by status and label), how it was split,
// what happened to the system prompt, who made it, when, with which version of
// Tuneset, and the size and SHA-256 of every file, so anyone holding the files can
// check they are the ones the snapshot describes (`sha256sum train.jsonl`).
// The schema is the single description of its shape: the type is inferred from it,
// and readers parse with it.

export const MANIFEST_SCHEMA = "tuneset.snapshot.v1";

export const SNAPSHOT_SPLITS = ["train", "validation"] as const;
export type SnapshotSplit = (typeof SNAPSHOT_SPLITS)[number];

const count = z.number().int().min(0);

export const ManifestFileSchema = z.object({
  name: z.string(),
  split: z.enum(SNAPSHOT_SPLITS),
  records: count,
  bytes: count,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ManifestFile = z.infer<typeof ManifestFileSchema>;

const GroupingSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("clusters"),
    dedupRunId: z.string(),
    threshold: z.number(),
    scope: z.string(),
    finishedAt: z.string().nullable(),
    /** Records of the snapshot that share a cluster with another of its records. */
    clusteredRecords: count,
  }),
  z.object({ kind: z.literal("none"), reason: z.string() }),
]);
export type SplitGrouping = z.infer<typeof GroupingSchema>;

export const NO_GROUPING: SplitGrouping = { kind: "none", reason: "de-duplication has not run" };

export const SnapshotManifestSchema = z.object({
  schema: z.literal(MANIFEST_SCHEMA),
  snapshot: z.object({ id: z.string(), number: z.number().int().min(1), kind: z.enum(["chat", "preference"]) }),
  dataset: z.object({ id: z.string(), name: z.string(), targetModel: z.string() }),
  /** The export request: status and the table filter, as asked. */
  filter: z.record(z.string(), z.unknown()),
  records: count,
  counts: z.object({
    byStatus: z.record(z.string(), count),
    /** A record with two labels counts under both. */
    byLabel: z.record(z.string(), count),
    unlabelled: count,
  }),
  split: z
    .object({
      validationFraction: z.number(),
      seed: z.number().int(),
      stratifiedBy: z.literal("label set"),
      groupedBy: GroupingSchema,
      train: count,
      validation: count,
      /** Per label set, the largest MAX_STRATA_LISTED of them; `strataTotal` counts them all. */
      strata: z.array(z.object({ labels: z.string(), records: count, validation: count })),
      strataTotal: count,
    })
    .nullable(),
  systemPrompt: z.object({
    mode: z.enum(SYSTEM_PROMPT_MODES),
    replacement: z.string().nullable(),
    encoding: z.string(),
    changedRecords: count,
    tokensSavedPerRequest: z.number(),
    tokensSavedTotal: z.number(),
    promptTokensBefore: count,
    percentCut: z.number(),
  }),
  preflight: z.object({ overriddenErrors: z.array(z.string()), warnings: z.array(z.string()) }),
  createdBy: z.object({ id: z.string(), email: z.string(), name: z.string() }),
  createdAt: z.string(),
  app: z.object({ name: z.literal("tuneset"), version: z.string() }),
  files: z.array(ManifestFileSchema),
});
export type SnapshotManifest = z.infer<typeof SnapshotManifestSchema>;

export const MAX_STRATA_LISTED = 200;

/** Keys of a count table in a fixed order (by name), so two manifests of the same data read alike. */
export function sortedCounts(counts: ReadonlyMap<string, number>): Record<string, number> {
  return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The manifest as written to manifest.json and stored: two-space JSON and a final newline. */
export function manifestText(m: SnapshotManifest): string {
  return `${JSON.stringify(SnapshotManifestSchema.parse(m), null, 2)}\n`;
}

export function parseManifest(text: string): SnapshotManifest {
  return SnapshotManifestSchema.parse(JSON.parse(text));
}

/** Size, record count and SHA-256 of one file, taken from the bytes as they are written. */
export class FileDigest {
  private readonly hash: Hash = createHash("sha256");
  private bytes = 0;
  private records = 0;

  constructor(
    readonly name: string,
    readonly split: SnapshotSplit,
  ) {}

  /** Bytes about to be written (hashed in the order given). */
  update(chunk: Uint8Array, lines: number): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    this.records += lines;
  }

  finish(): ManifestFile {
    return { name: this.name, split: this.split, records: this.records, bytes: this.bytes, sha256: this.hash.digest("hex") };
  }
}
