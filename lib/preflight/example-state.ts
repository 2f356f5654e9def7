import type { FineTunableModel } from "../models/fine-tunable-models";
import type { FindingList } from "./finding-list";

/** What the checks of one example share while they walk it. */
export type ExampleState = {
  model: FineTunableModel;
  findings: FindingList;
  /** Ids of the tool calls made so far in the example, with the path of each call. */
  callIds: Map<string, string>;
  seen: { system: boolean; user: boolean; assistant: number; trainable: number };
};

export type Bag = Record<string, unknown>;

export function isBag(value: unknown): value is Bag {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const NON_SPACE = /\S/;

/** True when the string has something besides whitespace (the search stops at the first such character). */
export function hasText(s: string): boolean {
  return NON_SPACE.test(s);
}
