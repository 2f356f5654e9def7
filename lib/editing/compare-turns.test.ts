import { describe, expect, it } from "vitest";
import { compareTurns } from "./compare-turns";

const line = (...messages: [string, string][]) => JSON.stringify({ messages: messages.map(([role, content]) => ({ role, content })) });
const marked = (c: ReturnType<typeof compareTurns>) => c.turns.map((t) => t.parts.filter((p) => p.differs).map((p) => p.text.trim()));

describe("compareTurns", () => {
  const keeper = line(["user", "How do I reset my password?"], ["assistant", "Open Settings, then Security."]);

  it("marks the reworded words of a near copy and nothing in the same answer", () => {
    const c = compareTurns(keeper, line(["user", "How can I reset my password please?"], ["assistant", "Open Settings, then Security."]));
    expect(marked(c)).toEqual([["can", "password please?"], []]);
    expect(c.turns.map((t) => t.parts.map((p) => p.text).join(""))).toEqual(["How can I reset my password please?", "Open Settings, then Security."]);
    expect(c.keeperOnly).toBe(0);
  });

  it("does not mark differences in spacing alone, nor the spacing around a marked word", () => {
    const c = compareTurns(keeper, line(["user", "How do I  reset my   password?"], ["assistant", "Open Settings, then Security."]));
    expect(marked(c)).toEqual([[], []]);
    const cased = compareTurns(keeper, line(["user", "how do i reset my password?"], ["assistant", "Open Settings, then Security."]));
    expect(cased.turns[0].parts.filter((p) => p.differs).map((p) => p.text)).toEqual(["how", "i"]);
  });

  it("marks a changed role, extra turns, and counts turns only the keeper has", () => {
    const longer = compareTurns(keeper, line(["system", "How do I reset my password?"], ["assistant", "Open Settings, then Security."], ["user", "Thanks"]));
    expect(longer.turns.map((t) => t.roleDiffers)).toEqual([true, false, true]);
    expect(marked(longer)[2]).toEqual(["Thanks"]);
    expect(compareTurns(keeper, line(["user", "How do I reset my password?"])).keeperOnly).toBe(1);
  });

  it("shows the keeper itself unmarked, and an unreadable body as one raw turn", () => {
    expect(marked(compareTurns(null, keeper))).toEqual([[], []]);
    const raw = compareTurns(keeper, "{not json");
    expect(raw.turns).toEqual([{ role: "raw line", roleDiffers: true, parts: [{ text: "{not json", differs: true }] }]);
  });

  it("shows a long turn's start with its length instead of comparing it word by word", () => {
    const long = "refund ".repeat(500_000);
    const compared = compareTurns(line(["user", long]), line(["user", `${long}now`]));
    const [part] = compared.turns[0].parts;
    expect(compared.turns[0].parts).toHaveLength(1);
    expect(part.differs).toBe(false);
    expect(part.text.length).toBeLessThan(20_200);
    expect(part.text).toMatch(/… \(3,500,003 characters in all: too long to compare word by word here/);
  });
});
