import { db } from "../client";
import type { Actor } from "../../auth/actor";
import { AppError, notFound } from "../../errors";
import { isRole, ROLE_LABELS, type Role } from "../../auth/roles";
import { auditEventData } from "../audit/record-audit";

// Users as the admin's Users page shows and changes them. Guards keep at least one
// admin able to sign in, so nobody can lock the team out of its own install.

export type UserRow = {
  id: string;
  name: string;
  email: string;
  role: Role;
  disabled: boolean;
  createdAt: Date;
  hasPassword: boolean;
  datasets: number;
  lastSeenAt: Date | null;
  commandLine: boolean;
};

export async function listUsers(commandLineEmail: string): Promise<UserRow[]> {
  const users = await db().user.findMany({
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      disabledAt: true,
      createdAt: true,
      accounts: { select: { providerId: true } },
      sessions: { select: { updatedAt: true }, orderBy: { updatedAt: "desc" }, take: 1 },
      _count: { select: { memberships: true } },
    },
  });
  return users.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    role: isRole(u.role) ? u.role : "viewer",
    disabled: u.disabledAt !== null,
    createdAt: u.createdAt,
    hasPassword: u.accounts.some((a) => a.providerId === "credential"),
    datasets: u._count.memberships,
    lastSeenAt: u.sessions[0]?.updatedAt ?? null,
    commandLine: u.email === commandLineEmail,
  }));
}

async function activeAdmins(): Promise<number> {
  return db().user.count({ where: { role: "admin", disabledAt: null, accounts: { some: {} } } });
}

async function target(userId: string) {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: { id: true, role: true, disabledAt: true, email: true, accounts: { select: { id: true } } },
  });
  if (!user) throw notFound("This user");
  return user;
}

/** Changes a user's role; the last admin who can sign in keeps theirs. */
export async function setUserRole(actor: Actor, userId: string, role: Role): Promise<void> {
  const user = await target(userId);
  if (user.role === "admin" && role !== "admin" && !user.disabledAt && user.accounts.length && (await activeAdmins()) <= 1) {
    throw new AppError("conflict", "This is the last admin. Make someone else an admin first, so Tuneset keeps one.");
  }
  if (user.role === role) return;
  const from = isRole(user.role) ? ROLE_LABELS[user.role] : user.role;
  await db().$transaction([
    db().user.update({ where: { id: userId }, data: { role } }),
    db().auditEvent.create({
      data: auditEventData({
        actor,
        action: "user.role_changed",
        targetType: "user",
        targetId: userId,
        summary: `Changed the role of ${user.email} from ${from} to ${ROLE_LABELS[role]}.`,
        detail: { from: user.role, to: role },
      }),
    }),
  ]);
}

/**
 * Turns an account off or back on. Off ends its sessions and revokes its API tokens for
 * good (turning it back on brings neither back), as a password reset does.
 */
export async function setUserDisabled(actor: Actor, userId: string, disabled: boolean): Promise<void> {
  const user = await target(userId);
  if (disabled && user.id === actor.id) throw new AppError("conflict", "You cannot turn off your own account. Ask another admin.");
  if (disabled && user.role === "admin" && !user.disabledAt && (await activeAdmins()) <= 1) {
    throw new AppError("conflict", "This is the last admin. Make someone else an admin first, so Tuneset keeps one.");
  }
  const changed = disabled !== (user.disabledAt !== null);
  const event = auditEventData({
    actor,
    action: disabled ? "user.disabled" : "user.enabled",
    targetType: "user",
    targetId: userId,
    summary: disabled ? `Turned off the account ${user.email}: signed out everywhere, its API tokens revoked.` : `Turned the account ${user.email} back on.`,
  });
  const now = new Date();
  await db().$transaction([
    db().user.update({ where: { id: userId }, data: { disabledAt: disabled ? now : null } }),
    ...(disabled
      ? [db().session.deleteMany({ where: { userId } }), db().apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } })]
      : []),
    ...(changed ? [db().auditEvent.create({ data: event })] : []),
  ]);
}

export async function findUserByEmail(email: string) {
  const user = await db().user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, email: true, name: true, role: true, disabledAt: true },
  });
  if (!user || !isRole(user.role))
    throw new AppError("not_found", `No user has the e-mail ${email}. Create one first: tuneset users create --email ${email} --role annotator`);
  return { ...user, role: user.role };
}
