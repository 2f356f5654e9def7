import { vocabulary } from "../vocabulary";

// The four roles, weakest first. A user has one; an API token carries one no higher
// than its owner's. What each may do is in permissions.ts.

export const {
  words: ROLES,
  labels: ROLE_LABELS,
  is: isRole,
} = vocabulary({
  viewer: "Viewer",
  annotator: "Annotator",
  lead: "Lead",
  admin: "Admin",
});
export type Role = (typeof ROLES)[number];

export const ROLE_SUMMARIES: Record<Role, string> = {
  viewer: "Reads the datasets they are a member of; changes nothing.",
  annotator: "Edits, labels and reviews conversations in their datasets.",
  lead: "Also imports, de-duplicates, runs bulk actions, exports, launches fine-tunes and manages dataset members.",
  admin: "Everything, in every dataset, plus users, roles and provider keys.",
};

/** Whether `role` is no higher than `ceiling` (a token's role against its owner's). */
export const roleAtMost = (role: Role, ceiling: Role) => ROLES.indexOf(role) <= ROLES.indexOf(ceiling);
