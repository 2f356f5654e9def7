import { describe, expect, it } from "vitest";
import { keeperProfile, rankKeepers, suggestKeeper, type KeeperCandidate } from "./keeper";

const body = (user: string, assistant = "Open Settings, choose Security, then Two-factor authentication.") =>
  JSON.stringify({
    messages: [
      { role: "user", content: user },
      { role: "assistant", content: assistant },
    ],
  });
const m = (id: number, user: string, over: Partial<KeeperCandidate> = {}): KeeperCandidate => ({
  id,
  status: "pending",
  findings: 0,
  body: body(user),
  ...over,
});

const TIDY = "How do I turn on two-factor authentication?";
const SLOPPY = "how do I turn on  two-factor   authentication??";

describe("suggestKeeper", () => {
  it("suggests the clean copy over a sloppy one that is longer only by its spaces, and says why", () => {
    expect(suggestKeeper([m(1, SLOPPY), m(2, TIDY)])).toEqual({ id: 2, reason: "anomalies" });
  });

  it("prefers an approved copy whatever its slips", () => {
    expect(suggestKeeper([m(1, TIDY), m(2, SLOPPY, { status: "approved" })])).toEqual({ id: 2, reason: "approved" });
  });

  it("then the copy with fewer pre-flight findings, before anomalies", () => {
    expect(suggestKeeper([m(1, TIDY, { findings: 2 }), m(2, SLOPPY, { findings: 1 })])).toEqual({ id: 2, reason: "findings" });
    // Among approved copies the findings decide.
    const approved = { status: "approved" };
    expect(suggestKeeper([m(3, TIDY, { ...approved, findings: 1 }), m(4, TIDY, approved)])).toEqual({ id: 4, reason: "findings" });
  });

  it("then the longest text, measured as exact duplicates compare it", () => {
    expect(suggestKeeper([m(1, "How do I turn it on?"), m(2, "How do I turn on two-factor authentication, please?")])).toEqual({
      id: 2,
      reason: "length",
    });
    // Blank lines and a space before a question mark do not make a copy longer: age decides.
    expect(keeperProfile(m(5, "a\n\n\nb")).length).toBe(keeperProfile(m(6, "a b")).length);
    expect(suggestKeeper([m(8, "Do you offer a student discount ?"), m(7, "Do you offer a student discount?")])).toEqual({ id: 7, reason: "age" });
  });

  it("then the oldest (lowest id) when nothing else tells them apart", () => {
    expect(suggestKeeper([m(9, TIDY), m(4, TIDY), m(7, TIDY)])).toEqual({ id: 4, reason: "age" });
  });

  it("names the only member left, and refuses an empty cluster", () => {
    expect(suggestKeeper([m(3, SLOPPY)])).toEqual({ id: 3, reason: "only" });
    expect(() => suggestKeeper([])).toThrow();
  });

  it("ranks every member, best keeper first", () => {
    const ranked = rankKeepers([m(1, SLOPPY), m(2, TIDY, { findings: 1 }), m(3, TIDY), m(4, SLOPPY, { status: "approved" })]);
    expect(ranked.map((p) => p.id)).toEqual([4, 3, 1, 2]);
    expect(ranked[2].anomalies).toEqual({ double_space: 2, repeated_punctuation: 1, edge_space: 0 });
  });

  it("reads an unreadable body as one text instead of failing", () => {
    expect(keeperProfile({ id: 1, status: "pending", findings: 0, body: "{not json  at all" }).anomalies.double_space).toBe(1);
  });
});
