import Link from "next/link";
import { buttonClasses } from "./button";

/** "Previous" / "Next" of a paged list: a link, or the same look disabled at either end. */
export function PageLink({ href, children }: { href: string | null; children: string }) {
  if (!href) {
    return (
      <span aria-disabled="true" className={buttonClasses("secondary", "sm")}>
        {children}
      </span>
    );
  }
  return (
    <Link href={href} className={buttonClasses("secondary", "sm")}>
      {children}
    </Link>
  );
}
