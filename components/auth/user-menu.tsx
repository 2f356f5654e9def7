import { signOutAction } from "@/lib/actions/session-actions";
import { buttonClasses } from "@/components/ui/button";
import { NavLink } from "@/components/ui/nav-link";

/** Who is signed in, their account page, and signing out: at the right of the main navigation. */
export function UserMenu({ name, email, role }: { name: string; email: string; role: string }) {
  return (
    <div className="ml-auto flex items-center gap-3 text-sm">
      <NavLink href="/account">
        <span title={email}>
          {name} <span className="text-xs text-zinc-500">({role})</span>
        </span>
      </NavLink>
      <form action={signOutAction}>
        <button type="submit" className={buttonClasses("ghost", "sm")}>
          Sign out
        </button>
      </form>
    </div>
  );
}
