import type { ReactNode } from "react";

/** The narrow card the signed-out pages sit in. */
export function AuthCard({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <div className="mx-auto mt-12 max-w-sm rounded-lg border border-zinc-200 bg-white p-6 shadow-sm">
      <h1 className="text-lg font-semibold text-zinc-900">{title}</h1>
      {intro ? <div className="mt-1 text-sm text-zinc-600">{intro}</div> : null}
      <div className="mt-5">{children}</div>
    </div>
  );
}
