import { describe, expect, it } from "vitest";
import { exactRepresentatives, findDuplicates, type ShingleSource } from "./find-duplicates";
import { lshParams, type LshParams } from "./lsh";
import type { DedupScope } from "./scope";
import { jaccard } from "./shingles";
import { signedItems } from "./sign-batch";
import { bodyShingles } from "./sign-record";

const chat = (user: string, assistant: string) =>
  JSON.stringify({
    messages: [
      { role: "system", content: "You are a helpful assistant." },
      { role: "user", content: user },
      { role: "assistant", content: assistant },
    ],
  });

const closureQ = "Can you explain what a closure is in JavaScript with a short example?";
const closureA = "A closure is a function that remembers the variables of the scope where it was created, even after that scope has returned.";
const resetQ = "How do I reset my password if I no longer have access to the email on my account?";
const resetA =
  "Open the sign in page and choose forgot password, then pick the option to verify with your phone number instead of email, enter the code we text you and set a new password.";
const packQ = "What should I pack for a week of hiking in the mountains in early autumn?";
const packA =
  "Bring layers you can add and remove, a warm hat and gloves for cold mornings, a rain jacket, sturdy boots that are already broken in, and enough water and snacks for each day on the trail.";

const R = {
  closure: chat(closureQ, closureA),
  closureCopy: chat(closureQ.toUpperCase(), `  ${closureA.replace(/ /g, "  ").replace(/,/g, " ,")} `),
  reset: chat(resetQ, resetA),
  resetNear: chat(resetQ, resetA.replace("phone number", "mobile number")),
  pack: chat(packQ, packA),
  packOne: chat(packQ, packA.replace("warm hat", "wool hat")),
  packTwo: chat(packQ, packA.replace("warm hat", "wool hat").replace("sturdy boots", "solid boots")),
  other: chat("Translate good morning into Spanish.", "Buenos días."),
};

type RunOptions = { scope?: DedupScope; lsh?: LshParams; side?: number[] };

/** Signs the bodies as a run does and finds duplicates, noting which shingle sets were read back. */
async function run(bodies: string[], threshold: number, { scope = "conversation", lsh = lshParams(threshold), side }: RunOptions = {}) {
  const read: number[] = [];
  const shingles: ShingleSource = async (ids) => {
    read.push(...ids);
    return new Map(ids.map((i) => [i, bodyShingles(bodies[i], scope)]));
  };
  const items = signedItems(bodies, scope, lsh, side);
  return { ...(await findDuplicates(items, threshold, lsh, shingles)), read };
}

const J = (x: string, y: string) => jaccard(bodyShingles(x, "conversation"), bodyShingles(y, "conversation"));
const pairsOf = (r: { pairs: { a: number; b: number }[] }) => r.pairs.map((p) => [p.a, p.b]).sort((x, y) => x[0] - y[0] || x[1] - y[1]);

describe("findDuplicates", () => {
  it("groups exact and near copies, transitively, and reports only pairs at the threshold", async () => {
    const bodies = [R.closure, R.reset, R.pack, R.other, R.closureCopy, R.resetNear, R.packOne, R.packTwo];
    // The chain pack → packOne → packTwo: each step is above 0.8, its ends are not.
    expect(J(R.reset, R.resetNear)).toBeGreaterThan(0.8);
    expect(J(R.pack, R.packOne)).toBeGreaterThan(0.8);
    expect(J(R.packOne, R.packTwo)).toBeGreaterThan(0.8);
    expect(J(R.pack, R.packTwo)).toBeLessThan(0.8);

    const result = await run(bodies, 0.8);
    expect(result.clusters).toEqual([
      { kind: "near", similarity: J(R.pack, R.packTwo), members: [2, 6, 7] },
      { kind: "exact", similarity: 1, members: [0, 4] },
      { kind: "near", similarity: J(R.reset, R.resetNear), members: [1, 5] },
    ]);
    expect(pairsOf(result)).toEqual([
      [1, 5],
      [2, 6],
      [6, 7],
    ]);
    for (const p of result.pairs) expect(p.similarity).toBe(J(bodies[p.a], bodies[p.b]));
    // The exact copy stands in LSH through its first record only.
    expect(result.read).not.toContain(4);
  });

  it("never reports a candidate below the threshold", async () => {
    // Same answer, another question: half the shingles. One-row bands make it a
    // candidate for certain (a miss needs all 128 single values to differ: 2^-128).
    const sameAnswer = chat("Which steps get me back into my account when the recovery email is gone?", resetA);
    const similarity = J(R.reset, sameAnswer);
    expect(similarity).toBeGreaterThan(0.3);
    expect(similarity).toBeLessThan(0.8);
    const result = await run([R.reset, R.other, sameAnswer], 0.8, { lsh: { bands: 128, rows: 1 } });
    expect(result.read).toEqual(expect.arrayContaining([0, 2]));
    expect(result.candidates).toBeGreaterThan(0);
    expect(result.pairs).toEqual([]);
    expect(result.clusters).toEqual([]);
    // ...and reports it once the threshold allows it.
    const lower = await run([R.reset, R.other, sameAnswer], 0.3, { lsh: { bands: 128, rows: 1 } });
    expect(lower.clusters).toEqual([{ kind: "near", similarity, members: [0, 2] }]);
  });

  it("checks across two sets: only clusters spanning both, each pair once", async () => {
    // train: closure, reset, pack, packOne (a near pair within train); test: the rest
    const bodies = [R.closure, R.reset, R.pack, R.packOne, R.closureCopy, R.resetNear, R.other];
    const result = await run(bodies, 0.8, { side: [0, 0, 0, 0, 1, 1, 1] });
    expect(result.clusters).toEqual([
      { kind: "exact", similarity: 1, members: [0, 4] },
      { kind: "near", similarity: J(R.reset, R.resetNear), members: [1, 5] },
    ]);
    expect(pairsOf(result)).toEqual([
      [0, 4],
      [1, 5],
    ]);
  });

  it("matches nothing to records without text in the scope", async () => {
    const noUser = JSON.stringify({ messages: [{ role: "assistant", content: closureA }] });
    const blankUser = JSON.stringify({
      messages: [
        { role: "user", content: " " },
        { role: "assistant", content: closureA },
      ],
    });
    const result = await run([noUser, blankUser, noUser, "not json", "not json", R.closure], 0.8, { scope: "user" });
    expect(result.clusters).toEqual([]);
    expect(result.pairs).toEqual([]);
    expect(result.candidates).toBe(0);
  });
});

describe("exactRepresentatives", () => {
  it("points each record at the first with its key, per side", () => {
    const keyHi = Uint32Array.from([1, 2, 1, 1, 0xffffffff, 2]);
    const keyLo = Uint32Array.from([5, 5, 5, 6, 5, 5]);
    const base = { count: 6, keyHi, keyLo, empty: new Uint8Array(6), bandKeys: new Uint32Array(0) };
    expect([...exactRepresentatives(base)]).toEqual([0, 1, 0, 3, 4, 1]);
    expect([...exactRepresentatives({ ...base, side: Uint8Array.from([1, 0, 0, 1, 0, 0]) })]).toEqual([0, 1, 2, 3, 4, 1]);
  });
});
