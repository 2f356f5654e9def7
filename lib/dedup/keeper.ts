// Which member of a cluster to keep: the one a reviewer most recently approved, else
// the longest (the most complete answer), else the oldest (the original).

export type KeeperCandidate = { id: number; status: string; updatedAt: string; length: number };

export function suggestKeeper(members: readonly KeeperCandidate[]): number {
  if (members.length === 0) throw new Error("a cluster has members");
  const approved = members.filter((m) => m.status === "approved");
  if (approved.length) return approved.reduce((a, b) => (b.updatedAt > a.updatedAt || (b.updatedAt === a.updatedAt && b.id < a.id) ? b : a)).id;
  return members.reduce((a, b) => (b.length > a.length || (b.length === a.length && b.id < a.id) ? b : a)).id;
}
