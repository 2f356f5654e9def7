"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

// A link of the top navigation that shows where the reader is: on the page itself it is
// aria-current="page"; on a page under it (a dataset under Datasets, a job under
// Fine-tunes) aria-current="true". Both are underlined, so sighted readers see it too.

/** Whether `pathname` is `href`, or lies under `href` or one of `under`. */
export function currentness(pathname: string, href: string, under: readonly string[] = []): "page" | "true" | undefined {
  if (pathname === href) return "page";
  const inside = (prefix: string) => prefix !== "/" && (pathname === prefix || pathname.startsWith(`${prefix}/`));
  return inside(href) || under.some(inside) ? "true" : undefined;
}

export function NavLink({ href, under, className = "", children }: { href: string; under?: readonly string[]; className?: string; children: ReactNode }) {
  const current = currentness(usePathname() ?? "", href, under);
  return (
    <Link
      href={href}
      aria-current={current}
      className={`flex h-12 items-center border-b-2 text-sm ${
        current ? "border-indigo-600 font-medium text-zinc-900" : "border-transparent text-zinc-600 hover:text-zinc-900"
      } ${className}`.trim()}
    >
      {children}
    </Link>
  );
}
