import { reportToParent } from "./child-process";
import { seededRandom } from "./prng";
import { CONTENT_WORDS, FUNCTION_WORDS } from "./vocabulary";

// The data for "conversation page of a 10 MB record": one ordinary conversation and one
// valid line of 10 MB (a question and an answer of 5 MB each, prose with some markdown),
// imported the way a file is and checked by the background work, in a process of its own
// (the lib opens one database per process). Run by huge-page-bench.ts as:
// huge-page-child.ts SEED

export type HugePageChildResult = { admin: { email: string; password: string }; small: number; huge: number; hugeBytes: number };

export const HUGE_BENCH_ADMIN = { email: "huge-bench@tuneset.invalid", password: "huge bench password", name: "Huge Bench" };

const HALF = 5 * 1024 * 1024;

/** About `chars` characters of sentences and paragraphs, with bold words, inline code and list items. */
export function longProse(chars: number, seed: number): string {
  const r = seededRandom(seed);
  const out: string[] = [];
  let length = 0;
  while (length < chars) {
    const words = Array.from({ length: r.int(8, 20) }, () => (r.chance(0.3) ? r.pick(CONTENT_WORDS) : r.pick(FUNCTION_WORDS)));
    if (r.chance(0.2)) words[0] = `**${words[0]}**`;
    if (r.chance(0.1)) words.push(`\`${r.pick(CONTENT_WORDS)}()\``);
    const sentence = `${r.chance(0.05) ? "\n\n- " : r.chance(0.08) ? "\n\n" : " "}${words.join(" ")}.`;
    out.push(sentence);
    length += sentence.length;
  }
  return out.join("").slice(0, chars);
}

async function main() {
  const seed = Number(process.argv[2] ?? 1);
  const { createFirstAdmin } = await import("../../lib/services/accounts/accounts");
  const { AccountCreateSchema } = await import("../../lib/validation/accounts");
  const { commandLineActor } = await import("../../lib/db/actor");
  const { findOrCreateDataset } = await import("../../lib/db/datasets/create-dataset");
  const { importIntoDataset } = await import("../../lib/services/imports/import-into-dataset");
  const { runBackgroundWorkUntilIdle } = await import("../../lib/jobs/background-work");
  const { sqlite } = await import("../../lib/db/client");

  await createFirstAdmin(AccountCreateSchema.parse({ ...HUGE_BENCH_ADMIN, role: "admin" }));
  const actor = await commandLineActor();
  const dataset = await findOrCreateDataset("huge-record-bench", actor);
  const small = {
    messages: [
      { role: "user", content: "Where is my parcel?" },
      { role: "assistant", content: "It left the depot this morning and arrives **tomorrow**." },
    ],
  };
  const huge = {
    messages: [
      { role: "system", content: "You answer at length." },
      { role: "user", content: longProse(HALF, seed) },
      { role: "assistant", content: longProse(HALF, seed + 1) },
    ],
  };
  const hugeLine = JSON.stringify(huge);
  const bytes = new TextEncoder().encode(`${JSON.stringify(small)}\n${hugeLine}\n`);
  async function* chunks() {
    for (let i = 0; i < bytes.length; i += 1 << 20) yield bytes.subarray(i, i + (1 << 20));
  }
  await importIntoDataset({ dataset, fileName: "huge.jsonl", chunks: chunks(), actor });
  // Token counts and checks are the background's work; the page reads what they stored.
  await runBackgroundWorkUntilIdle();
  const ids = sqlite().prepare(`SELECT id FROM Conversation WHERE datasetId = ? ORDER BY id`).pluck().all(dataset.id) as number[];
  reportToParent({ admin: HUGE_BENCH_ADMIN, small: ids[0], huge: ids[1], hugeBytes: Buffer.byteLength(hugeLine) } satisfies HugePageChildResult);
  process.exit(0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
