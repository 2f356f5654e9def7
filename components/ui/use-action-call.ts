"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/api/action-result";

// A button that calls one server action in place (send back, restore): pending while it
// runs, then either the caller's next step with the result or the error kept to show.

export function useActionCall() {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  function call<T extends object>(action: () => Promise<ActionResult<T>>, onOk: (result: { ok: true } & T) => void) {
    start(async () => {
      const result = await action();
      if (result.ok) onOk(result);
      else setError(result.error);
    });
  }
  return { pending, error, call };
}
