import type { Metadata } from "next";
import { pageActor } from "@/app/_lib/page-access";
import { listUsers } from "@/lib/db/users/users";
import { env } from "@/lib/env";
import { ROLES, ROLE_LABELS, ROLE_SUMMARIES } from "@/lib/auth/roles";
import { NewUserForm } from "@/components/auth/new-user-form";
import { UsersTable } from "@/components/auth/users-table";
import { Section } from "@/components/ui/panel";
import { Panel } from "@/components/ui/panel";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const actor = await pageActor("users.manage");
  const users = (await listUsers(env().TUNESET_LOCAL_USER_EMAIL)).filter((u) => !u.commandLine);
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <Panel aria-labelledby="users-heading" className="min-w-0">
        <h1 id="users-heading" className="mb-3 text-lg font-semibold">
          Users
        </h1>
        <UsersTable
          users={users.map((u) => ({
            id: u.id,
            name: u.name,
            email: u.email,
            role: u.role,
            disabled: u.disabled,
            hasPassword: u.hasPassword,
            datasets: u.datasets,
            lastSeenAt: u.lastSeenAt?.toISOString() ?? null,
            isYou: u.id === actor.id,
          }))}
        />
      </Panel>
      <aside className="space-y-5">
        <Section id="new-user" title="New user">
          <NewUserForm />
        </Section>
        <Panel aria-labelledby="roles-heading" className="text-sm">
          <h2 id="roles-heading" className="mb-2 text-sm font-semibold">
            Roles
          </h2>
          <dl className="space-y-2">
            {ROLES.map((r) => (
              <div key={r}>
                <dt className="font-medium">{ROLE_LABELS[r]}</dt>
                <dd className="text-xs text-zinc-600">{ROLE_SUMMARIES[r]}</dd>
              </div>
            ))}
          </dl>
        </Panel>
      </aside>
    </div>
  );
}
