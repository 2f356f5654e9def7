import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ensureBackgroundWorker } from "@/lib/jobs/start-jobs";
import { optionalRequestActor } from "@/lib/services/auth/request-actor";
import { can } from "@/lib/auth/permissions";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { UserMenu } from "@/components/auth/user-menu";
import { NavLink } from "@/components/ui/nav-link";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Tuneset", template: "%s · Tuneset" },
  description: "Curate fine-tuning data: import, review, filter and export conversations.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page reads the database, so nothing is prerendered at build time; and the
  // first request starts the worker that indexes and counts tokens after imports.
  await connection();
  ensureBackgroundWorker();
  const actor = await optionalRequestActor();
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <header className="sticky top-0 z-20 border-b border-zinc-200 bg-white/90 backdrop-blur">
          <nav aria-label="Main" className="mx-auto flex h-12 max-w-[1400px] items-center gap-6 px-6">
            <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight text-zinc-900">
              <span aria-hidden className="grid size-5 place-items-center rounded bg-zinc-900 text-[10px] font-bold text-white">
                T
              </span>
              Tuneset
            </Link>
            {actor ? (
              <>
                <NavLink href="/" under={["/datasets", "/conversations", "/snapshots"]}>
                  Datasets
                </NavLink>
                <NavLink href="/fine-tunes">Fine-tunes</NavLink>
                <NavLink href="/evals">Evaluations</NavLink>
                {can(actor.role, "users.manage") ? <NavLink href="/admin/users">Users</NavLink> : null}
                {can(actor.role, "audit.read") ? <NavLink href="/audit">Audit log</NavLink> : null}
                {can(actor.role, "providers.manage") ? <NavLink href="/admin/settings">Settings</NavLink> : null}
                <UserMenu name={actor.name} email={actor.email} role={ROLE_LABELS[actor.role]} />
              </>
            ) : null}
          </nav>
        </header>
        <main className="mx-auto max-w-[1400px] px-6 py-6">{children}</main>
      </body>
    </html>
  );
}
