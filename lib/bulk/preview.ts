import type RE2 from "re2";
import { replaceInRecord, type Change, type FindReplaceOptions } from "./find-replace";

// What a find-and-replace would do before anyone applies it: how many records and
// occurrences it touches, and a few before/after snippets to check the pattern on.

export const SAMPLE_SIZE = 5;

export type Sample = Change & { id: number };
export type FindReplacePreview = { records: number; occurrences: number; samples: Sample[] };

export type PreviewInput = { id: number; record: Record<string, unknown> };

/** Builds the preview over records already parsed; samples come from the first records that change. */
export function previewFindReplace(records: Iterable<PreviewInput>, pattern: RE2, opts: FindReplaceOptions): FindReplacePreview {
  const preview: FindReplacePreview = { records: 0, occurrences: 0, samples: [] };
  for (const { id, record } of records) {
    const r = replaceInRecord(record, pattern, opts);
    if (!r.replacements) continue;
    addToPreview(preview, id, r);
  }
  return preview;
}

/** Adds one changed record to a running preview (the bulk writer builds it as it goes). */
export function addToPreview(preview: FindReplacePreview, id: number, r: { replacements: number; changes: Change[] }) {
  preview.records++;
  preview.occurrences += r.replacements;
  if (preview.samples.length < SAMPLE_SIZE && r.changes[0]) preview.samples.push({ id, ...r.changes[0] });
}
