import { db } from "../client";
import { AppError, notFound } from "../../errors";
import { isRole, type Role } from "../../auth/roles";
import type { Actor } from "../../auth/actor";
import { auditEventData } from "../audit/record-audit";
import type { DatasetScope } from "../scope";

// Who works on a dataset. Admins see every dataset without being members; everyone
// else sees only the datasets listed here for them.

export type Member = { userId: string; name: string; email: string; role: Role; addedAt: Date };

export async function listMembers({ datasetId }: DatasetScope): Promise<Member[]> {
  const rows = await db().datasetMember.findMany({
    where: { datasetId },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true, user: { select: { id: true, name: true, email: true, role: true } } },
  });
  return rows.map((r) => ({
    userId: r.user.id,
    name: r.user.name,
    email: r.user.email,
    role: isRole(r.user.role) ? r.user.role : "viewer",
    addedAt: r.createdAt,
  }));
}

export async function addMember({ datasetId }: DatasetScope, email: string, actor: Actor): Promise<Member> {
  const user = await db().user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, name: true, email: true, role: true, disabledAt: true },
  });
  if (!user) throw new AppError("not_found", `No one has an account with ${email}. An admin creates accounts on the Users page.`);
  if (user.disabledAt) throw new AppError("conflict", `${user.email}'s account is turned off. An admin can turn it back on first.`);
  const existing = await db().datasetMember.findUnique({ where: { datasetId_userId: { datasetId, userId: user.id } }, select: { createdAt: true } });
  const row =
    existing ??
    (await db().$transaction(async (tx) => {
      const created = await tx.datasetMember.create({ data: { datasetId, userId: user.id }, select: { createdAt: true } });
      await tx.auditEvent.create({
        data: auditEventData({
          actor,
          action: "member.added",
          datasetId,
          targetType: "user",
          targetId: user.id,
          summary: `Added ${user.email} to the dataset`,
        }),
      });
      return created;
    }));
  return { userId: user.id, name: user.name, email: user.email, role: isRole(user.role) ? user.role : "viewer", addedAt: row.createdAt };
}

export async function removeMember({ datasetId }: DatasetScope, userId: string, actor: Actor): Promise<void> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { email: true } });
  await db().$transaction(async (tx) => {
    const { count } = await tx.datasetMember.deleteMany({ where: { datasetId, userId } });
    if (!count) throw notFound("This member");
    await tx.auditEvent.create({
      data: auditEventData({
        actor,
        action: "member.removed",
        datasetId,
        targetType: "user",
        targetId: userId,
        summary: `Removed ${user?.email ?? "a user"} from the dataset`,
      }),
    });
  });
}
