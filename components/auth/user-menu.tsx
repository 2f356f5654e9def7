import Link from "next/link";
import { signOutAction } from "@/lib/actions/session-actions";
import { buttonClasses } from "@/components/ui/button";

/** Who is signed in, their account page, and signing out: at the right of the main navigation. */
export function UserMenu({ name, email, role }: { name: string; email: string; role: string }) {
  return (
    <div className="ml-auto flex items-center gap-3 text-sm">
      <Link href="/account" className="text-zinc-600 hover:text-zinc-900" title={email}>
        {name} <span className="text-xs text-zinc-500">({role})</span>
      </Link>
      <form action={signOutAction}>
        <button type="submit" className={buttonClasses("ghost", "sm")}>
          Sign out
        </button>
      </form>
    </div>
  );
}
