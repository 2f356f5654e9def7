import { createHash, randomBytes } from "node:crypto";
import { db } from "../client";
import type { Actor } from "../../auth/actor";
import { AppError, notFound } from "../../errors";
import { isRole, roleAtMost, ROLE_LABELS, ROLES, type Role } from "../../auth/roles";
import { auditEventData } from "../audit/record-audit";

// API tokens: random, shown once, kept only as their SHA-256 (a token is 192 random
// bits, so a fast hash is enough; there is nothing to guess). A token carries a role no
// higher than its owner's, and when used acts with the lower of the two, so demoting a
// user demotes their tokens too.

export const TOKEN_PREFIX = "tst_";

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export function newToken(): string {
  return TOKEN_PREFIX + randomBytes(24).toString("base64url");
}

export type ApiTokenInfo = { id: string; name: string; prefix: string; role: Role; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null };

const TOKEN_FIELDS = { id: true, name: true, prefix: true, role: true, createdAt: true, lastUsedAt: true, revokedAt: true } as const;

/** Makes a token for `owner` (by `actor`: the owner, or an admin); the token itself is in the result and nowhere else. */
export async function createApiToken(
  owner: { id: string; email: string; role: Role },
  input: { name: string; role?: Role },
  actor: Actor,
): Promise<{ token: string; info: ApiTokenInfo }> {
  const role = input.role ?? owner.role;
  if (!roleAtMost(role, owner.role)) {
    throw new AppError("forbidden", `A token cannot do more than its owner: pick ${ROLE_LABELS[owner.role]} or a lower role.`);
  }
  const name = input.name.trim() || "API token";
  const token = newToken();
  const whose = owner.id === actor.id ? "" : ` for ${owner.email}`;
  const info = await db().$transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: { userId: owner.id, name, prefix: token.slice(0, TOKEN_PREFIX.length + 6), hash: hashToken(token), role },
      select: TOKEN_FIELDS,
    });
    const summary = `Created the API token “${name}” (${ROLE_LABELS[role]})${whose}.`;
    await tx.auditEvent.create({
      data: auditEventData({
        actor,
        action: "token.created",
        targetType: "api_token",
        targetId: row.id,
        summary,
        detail: { owner: owner.id, role, prefix: row.prefix },
      }),
    });
    return row;
  });
  return { token, info: { ...info, role } };
}

export async function listApiTokens(userId: string): Promise<ApiTokenInfo[]> {
  const rows = await db().apiToken.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: TOKEN_FIELDS,
  });
  return rows.map((r) => ({ ...r, role: isRole(r.role) ? r.role : "viewer" }));
}

/** Revokes one of `actor`'s tokens (an admin may revoke anyone's). */
export async function revokeApiToken(actor: Actor, tokenId: string): Promise<void> {
  const token = await db().apiToken.findUnique({
    where: { id: tokenId },
    select: { userId: true, name: true, revokedAt: true, user: { select: { email: true } } },
  });
  if (!token || (token.userId !== actor.id && actor.role !== "admin")) throw notFound("This token");
  if (token.revokedAt) return;
  const whose = token.userId === actor.id ? "" : ` of ${token.user.email}`;
  await db().$transaction([
    db().apiToken.update({ where: { id: tokenId }, data: { revokedAt: new Date() } }),
    db().auditEvent.create({
      data: auditEventData({
        actor,
        action: "token.revoked",
        targetType: "api_token",
        targetId: tokenId,
        summary: `Revoked the API token “${token.name}”${whose}.`,
        detail: { owner: token.userId },
      }),
    }),
  ]);
}

/** The actor a bearer token stands for, or null when it is unknown, revoked or its owner is disabled. */
export async function actorFromToken(token: string): Promise<Actor | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const row = await db().apiToken.findUnique({
    where: { hash: hashToken(token) },
    select: { id: true, role: true, revokedAt: true, lastUsedAt: true, user: { select: { id: true, email: true, name: true, role: true, disabledAt: true } } },
  });
  if (!row || row.revokedAt || row.user.disabledAt || !isRole(row.role) || !isRole(row.user.role)) return null;
  // Recorded at most once a minute: a script calling in a loop should not write on every call.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db().apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  const role = lowerRole(row.role, row.user.role);
  return { id: row.user.id, email: row.user.email, name: row.user.name, role };
}

const lowerRole = (a: Role, b: Role): Role => ROLES[Math.min(ROLES.indexOf(a), ROLES.indexOf(b))];
