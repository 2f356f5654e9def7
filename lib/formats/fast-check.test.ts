import { publicLines } from "../test/public-data";
import { describe, expect, it } from "vitest";
import { fastCheck } from "./fast-check";
import type { LineKind } from "./schemas";
import { lineSchema, unknownKeyPaths } from "./strict";

// fastCheck may send a valid line to zod, but must never accept a line zod rejects,
// and must list the same unknown keys as the schema-guided walk. Checked on the
// sample files and on thousands of random mutations of them.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const sampleLines = ["gsm8k-chat-train.jsonl", "stock-toolcall-train.jsonl", "orca-dpo-pairs.jsonl"].flatMap(publicLines);

const synthetic: Json[] = [
  {
    messages: [
      { role: "system", content: [{ type: "text", text: "s" }], name: "n" },
      { role: "user", content: [{ type: "text", text: "q" }] },
      {
        role: "assistant",
        content: null,
        refusal: null,
        tool_calls: [{ id: "c", type: "function", function: { name: "f", arguments: "{}" } }],
        weight: 0,
      },
      { role: "tool", tool_call_id: "c", content: "r" },
      { role: "assistant", content: [{ type: "text", text: "a" }], weight: 1 },
    ],
    tools: [{ type: "function", function: { name: "f", description: "d", parameters: { type: "object" }, strict: null } }],
    parallel_tool_calls: true,
  },
  {
    input: { messages: [{ role: "user", content: "q" }], tools: [], parallel_tool_calls: false },
    preferred_output: [{ role: "assistant", content: "a" }],
    non_preferred_output: [{ role: "assistant", content: [{ type: "text", text: "b" }], refusal: "no" }],
  },
];

// A small seeded generator keeps failures reproducible.
function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

// Values worth trying per key: each pool mixes valid values with the near misses a
// fast check could wrongly let through.
const call = { id: "c", type: "function", function: { name: "f", arguments: "{}" } };
const POOLS: Record<string, Json[]> = {
  role: ["system", "user", "assistant", "tool", "function", "developer", 1, null],
  weight: [0, 1, 2, -1, "1", null, true],
  content: [
    null,
    "x",
    "",
    5,
    [],
    [{ type: "text", text: "t" }],
    [{ type: "text" }],
    [{ type: "text", text: "t", zz: 1 }],
    [{ type: "refusal", refusal: "r" }],
    [{ type: "image_url", image_url: { url: "u" } }],
  ],
  name: ["n", 1, null, "bad name!"],
  tool_calls: [[], null, "x", [call], [{ ...call, function: { name: "f", arguments: {} } }], [{ ...call, id: 1 }], [{ ...call, type: "custom" }]],
  tool_call_id: ["c", 1, null],
  refusal: ["r", null, 1],
  function_call: [null, { name: "f", arguments: "{}" }, { name: "f" }, "x"],
  type: ["function", "text", "image_url", "refusal", "custom", 1],
  text: ["t", 1, null],
  id: ["c", 1, null],
  arguments: ["{}", {}, 1, null],
  parameters: [{}, [], "x", null, { type: "object" }],
  strict: [true, false, null, "yes"],
  description: ["d", 1, null],
  tools: [[], null, "x", [{ type: "function", function: { name: "f" } }], [{ type: "function", function: { name: "bad name!" } }], [{ type: "function" }]],
  parallel_tool_calls: [true, false, "yes", null],
  functions: [[{ name: "f" }], [], "x", [{ name: 1 }]],
  messages: [
    [],
    "x",
    [{ role: "assistant", content: "a" }],
    [{ role: "user", content: "q" }],
    [
      { role: "tool", tool_call_id: "c", content: "r", weight: 1 },
      { role: "assistant", content: "a" },
    ],
  ],
  function: [{ name: "f", arguments: "{}" }, { name: "bad name!" }, { name: "f" }, null],
  zz: [1, { a: 1 }],
};
const KEYS = Object.keys(POOLS);
const ANY: Json[] = [null, 0, 1, "x", true, [], {}];

function containers(value: Json, out: (Json[] | { [key: string]: Json })[] = []) {
  if (value && typeof value === "object") {
    out.push(value);
    for (const child of Object.values(value)) containers(child, out);
  }
  return out;
}

function mutate(value: Json, next: () => number): void {
  const all = containers(value);
  const node = all[Math.floor(next() * all.length)];
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  if (Array.isArray(node)) {
    const roll = next();
    if (roll < 0.2) node.length = 0;
    else if (roll < 0.6 && node.length > 0) node.push(structuredClone(node[0]));
    else if (node.length > 0) node[Math.floor(next() * node.length)] = pick(ANY);
    return;
  }
  const keys = Object.keys(node);
  const roll = next();
  if (roll < 0.2 && keys.length > 0) {
    delete node[pick(keys)];
    return;
  }
  const key = roll < 0.6 || keys.length === 0 ? pick(KEYS) : pick(keys);
  node[key] = structuredClone(pick(POOLS[key] ?? ANY));
}

const kindOf = (value: object): LineKind => ("messages" in value ? "chat" : "preference");

describe("fastCheck", () => {
  it("accepts every sample line, with the same unknown keys as the walk", () => {
    for (const line of sampleLines) {
      const value = JSON.parse(line);
      expect(fastCheck(value, kindOf(value))).toEqual([]);
    }
    for (const value of synthetic as Record<string, unknown>[]) expect(fastCheck(value, kindOf(value))).toEqual([]);
  });

  it("never accepts what zod rejects, on random mutations", () => {
    const next = random(42);
    const seeds = [...synthetic, ...sampleLines.filter((_, i) => i % 40 === 0).map((line) => JSON.parse(line) as Json)];
    let accepted = 0;
    let zodValid = 0;
    for (let round = 0; round < 12000; round++) {
      const value = structuredClone(seeds[round % seeds.length]) as { [key: string]: Json };
      const mutations = 1 + Math.floor(next() * 3);
      for (let m = 0; m < mutations; m++) mutate(value, next);
      const kind = kindOf(value);
      const fast = fastCheck(value, kind);
      const zodOk = lineSchema(kind).safeParse(value).success;
      if (zodOk) zodValid++;
      if (fast === null) continue;
      accepted++;
      expect(zodOk, JSON.stringify(value)).toBe(true);
      expect([...fast].sort()).toEqual(unknownKeyPaths(value, kind).sort());
    }
    // The property is only meaningful if both sides saw plenty of valid lines.
    expect(accepted).toBeGreaterThan(500);
    expect(zodValid).toBeGreaterThan(accepted * 0.9);
  });

  it("leaves media parts and legacy functions to zod", () => {
    const image = { type: "image_url", image_url: { url: "u" } };
    const line = {
      messages: [
        { role: "user", content: [image] },
        { role: "assistant", content: "a" },
      ],
    };
    expect(fastCheck(line, "chat")).toBeNull();
    expect(lineSchema("chat").safeParse(line).success).toBe(true);
  });
});
