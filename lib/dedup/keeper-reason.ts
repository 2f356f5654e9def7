import { suggestKeeper, type KeeperCandidate } from "./keeper";

// Why a member is the suggested keeper, in the words the cluster page shows beside its
// "Keep this one". It asks suggestKeeper for the choice and only names the rule that
// decided it, so the explanation can never disagree with the suggestion.

export type KeeperReason = "most recently approved" | "longest" | "oldest";

export function explainKeeper(members: readonly KeeperCandidate[]): { id: number; reason: KeeperReason } {
  const id = suggestKeeper(members);
  if (members.some((m) => m.status === "approved")) return { id, reason: "most recently approved" };
  // Length decides unless every member is as long as the others; then age (the lowest id) does.
  // A keeper tied with another for longest is still called the longest: that is what a reader checks.
  const sameLength = members.every((m) => m.length === members[0].length);
  return { id, reason: sameLength && members.length > 1 ? "oldest" : "longest" };
}
