import { db } from "../client";
import { auditEventData } from "../audit/record-audit";

// What a new password from a reset link ends: every session of the user and every API
// token they made, so whoever held the old password (or a token a script leaked) is out.
// The same rule holds when an admin turns an account off (lib/db/users/users.ts).

export async function endAccessAfterReset(user: { id: string; email: string; name: string }): Promise<void> {
  const now = new Date();
  await db().$transaction(async (tx) => {
    await tx.session.deleteMany({ where: { userId: user.id } });
    const tokens = await tx.apiToken.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: now } });
    const revoked = tokens.count ? ` and revoked ${tokens.count} API token${tokens.count === 1 ? "" : "s"}` : "";
    await tx.auditEvent.create({
      data: auditEventData({
        actor: user,
        action: "user.password_reset",
        targetType: "user",
        targetId: user.id,
        summary: `Set a new password from a reset link for ${user.email}: signed out everywhere${revoked}.`,
        detail: { revokedTokens: tokens.count },
      }),
    });
  });
}
