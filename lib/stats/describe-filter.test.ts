import { describe, expect, it } from "vitest";
import { ConversationFilterSchema } from "../validation/conversation-filter";
import { describeFilter } from "./describe-filter";

const parse = (qs: string) => ConversationFilterSchema.parse(Object.fromEntries(new URLSearchParams(qs)));

describe("describeFilter", () => {
  it("says each condition of the table's filter in words, ranges with their last whole value", () => {
    expect(describeFilter(parse("status=needs_changes&label=billing&tokensMin=512&tokensMax=768&turnsMax=4&system=none"))).toEqual([
      "status Needs changes",
      "label “billing”",
      "without a system prompt",
      "tokens 512 to 767",
      "turns < 4",
    ]);
  });

  it("names languages the caller's way and says nothing for the whole dataset", () => {
    expect(describeFilter(parse("language=deu&assistantTokensMin=100"), (c) => (c === "deu" ? "German" : c))).toEqual([
      "language German",
      "assistant tokens ≥ 100",
    ]);
    expect(describeFilter(parse(""))).toEqual([]);
  });
});
