import { describe, expect, it } from "vitest";
import type { ChatLine, PreferenceLine } from "../formats/schemas";
import { scopeKey, scopeTurns } from "./scope";
import { turn } from "../test/turns";

const chat: ChatLine = {
  messages: [
    turn("system", "Be brief."),
    turn("user", "Capital of France?"),
    turn("assistant", "Paris."),
    turn("user", "And of Italy?"),
    turn("assistant", "Rome."),
  ],
};

const preference: PreferenceLine = {
  input: {
    messages: [turn("system", "Be brief."), turn("user", "Capital of France?")],
  },
  preferred_output: [{ role: "assistant", content: "Paris." }],
  non_preferred_output: [{ role: "assistant", content: "Lyon." }],
};

const roles = (record: ChatLine | PreferenceLine, scope: "conversation" | "user" | "assistant") => scopeTurns(record, scope).map((t) => `${t.role}: ${t.text}`);

describe("scopeTurns", () => {
  it("picks the turns of a chat record", () => {
    expect(roles(chat, "conversation")).toHaveLength(5);
    expect(roles(chat, "user")).toEqual(["user: Capital of France?", "user: And of Italy?"]);
    expect(roles(chat, "assistant")).toEqual(["assistant: Paris.", "assistant: Rome."]);
  });

  it("counts both outputs of a preference record as assistant turns", () => {
    expect(roles(preference, "conversation")).toEqual([
      "system: Be brief.",
      "user: Capital of France?",
      "preferred assistant: Paris.",
      "non-preferred assistant: Lyon.",
    ]);
    expect(roles(preference, "user")).toEqual(["user: Capital of France?"]);
    expect(roles(preference, "assistant")).toEqual(["preferred assistant: Paris.", "non-preferred assistant: Lyon."]);
  });
});

describe("scopeKey", () => {
  it("is null for a scope without text, so such records match nothing", () => {
    const noUser: ChatLine = {
      messages: [turn("system", "Be brief."), turn("assistant", "Hello.")],
    };
    const blankUser: ChatLine = {
      messages: [turn("user", "  \n "), turn("assistant", "Hello.")],
    };
    expect(scopeKey(scopeTurns(noUser, "user"))).toBeNull();
    expect(scopeKey(scopeTurns(blankUser, "user"))).toBeNull();
    expect(scopeKey(scopeTurns(blankUser, "assistant"))).toMatch(/^[0-9a-f]{40}$/);
  });

  it("differs between scopes of the same record", () => {
    const keys = new Set((["conversation", "user", "assistant"] as const).map((s) => scopeKey(scopeTurns(chat, s))));
    expect(keys.size).toBe(3);
  });
});
