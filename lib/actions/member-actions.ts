"use server";

import { serverAction, type ActionState } from "../api/server-action";
import { addMember, removeMember } from "../db/datasets/members";
import { AddMemberSchema, RemoveMemberSchema } from "../validation/members";

// The dataset settings page's member list: leads add and remove the people who work on it.

const settingsPage = (i: { datasetId: string }) => [`/datasets/${i.datasetId}/settings`];

export const addMemberAction = serverAction(
  { permission: "datasets.members", schema: AddMemberSchema, dataset: (i) => i.datasetId, form: true, keep: ["email"] as const, revalidate: settingsPage },
  async ({ email }, actor, ctx) => {
    const member = await addMember(ctx.scope, email, actor);
    return { message: `${member.name} (${member.email}) can now work on this dataset.` };
  },
);

export type MemberFormResult = ActionState<{ message: string }, "email", "email">;

export const removeMemberAction = serverAction(
  { permission: "datasets.members", schema: RemoveMemberSchema, dataset: (i) => i.datasetId, revalidate: settingsPage },
  async ({ userId }, actor, ctx) => {
    await removeMember(ctx.scope, userId, actor);
    return {};
  },
);
