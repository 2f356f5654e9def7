import type { Metadata } from "next";
import { pageActor } from "@/app/_lib/page-access";
import { listApiTokens } from "@/lib/db/auth/api-tokens";
import { ROLES, ROLE_LABELS, roleAtMost } from "@/lib/auth/roles";
import { ApiTokens } from "@/components/auth/api-tokens";
import { Section } from "@/components/ui/panel";
import { Panel } from "@/components/ui/panel";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const actor = await pageActor("tokens.own");
  const tokens = await listApiTokens(actor.id);
  return (
    <div className="max-w-3xl space-y-5">
      <Panel aria-labelledby="account-heading">
        <h1 id="account-heading" className="text-lg font-semibold">
          {actor.name}
        </h1>
        <p className="text-sm text-zinc-600">
          {actor.email} · {ROLE_LABELS[actor.role]}
        </p>
        <p className="mt-2 text-xs text-zinc-500">To change your password, ask an admin for a one-time reset link.</p>
      </Panel>
      <Section id="tokens" title="API tokens" titleClassName="">
        <p className="mb-3 mt-1 text-xs text-zinc-600">
          For scripts and the HTTP API (<code>Authorization: Bearer tst_…</code>). A token can act with your role or a lower one, and never more than you can.
        </p>
        <ApiTokens
          roles={ROLES.filter((r) => roleAtMost(r, actor.role))}
          tokens={tokens.map((t) => ({
            ...t,
            createdAt: t.createdAt.toISOString(),
            lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
            revokedAt: t.revokedAt?.toISOString() ?? null,
          }))}
        />
      </Section>
    </div>
  );
}
