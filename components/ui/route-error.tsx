"use client";

import Link from "next/link";
import { useEffect } from "react";
import { Button, buttonClasses } from "./button";

// What every error.tsx shows. In production Next.js replaces server error messages
// with a digest, so the text here never depends on the error: it says what to try,
// and gives the digest so the server log line can be found.

type Props = { error: unknown; retry: () => void; what: string };

export function RouteError({ error, retry, what }: Props) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && "digest" in error ? String((error as { digest?: unknown }).digest ?? "") : "";
  return (
    <div role="alert" className="mx-auto mt-12 max-w-lg rounded-lg border border-zinc-200 bg-white p-6 shadow-sm">
      <h1 className="text-base font-semibold">Could not load {what}</h1>
      <p className="mt-2 text-sm text-zinc-600">
        Something went wrong on the server while loading this page. It may be temporary: try again. If it keeps happening, the server log has the details
        {digest ? " under the reference below" : ""}.
      </p>
      {digest ? <p className="mt-2 font-mono text-xs text-zinc-500">Reference: {digest}</p> : null}
      <div className="mt-4 flex gap-2">
        <Button variant="primary" onClick={() => retry()}>
          Try again
        </Button>
        <Link href="/" className={buttonClasses("secondary")}>
          Go to datasets
        </Link>
      </div>
    </div>
  );
}
