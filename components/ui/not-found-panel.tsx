import Link from "next/link";
import { buttonClasses } from "./button";

export function NotFoundPanel({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="mx-auto mt-12 max-w-lg rounded-lg border border-zinc-200 bg-white p-6 shadow-sm">
      <h1 className="text-base font-semibold">{title}</h1>
      <div className="mt-2 text-sm text-zinc-600">{children}</div>
      <div className="mt-4">
        <Link href="/" className={buttonClasses("secondary")}>
          Go to datasets
        </Link>
      </div>
    </div>
  );
}
