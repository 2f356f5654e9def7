"use client";

import { useActionState, useState, useTransition } from "react";
import { addMemberAction, removeMemberAction, type MemberFormResult } from "@/lib/actions/member-actions";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { Button } from "@/components/ui/button";
import { FieldError, inputClasses } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";

export type MemberView = { userId: string; name: string; email: string; role: Role };

// The people who work on a dataset: only they (and admins) see it.
export function DatasetMembers({ datasetId, members, canManage }: { datasetId: string; members: MemberView[]; canManage: boolean }) {
  const [state, action, adding] = useActionState<MemberFormResult | null, FormData>(addMemberAction, null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <div className="space-y-3">
      {members.length ? (
        <ul aria-label="Members" className="divide-y divide-zinc-100 text-sm">
          {members.map((m) => (
            <li key={m.userId} className="flex items-center justify-between gap-3 py-1.5">
              <span>
                {m.name}{" "}
                <span className="text-xs text-zinc-500">
                  {m.email} · {ROLE_LABELS[m.role]}
                </span>
              </span>
              {canManage ? (
                <Button
                  size="sm"
                  variant="ghost"
                  disabled={pending}
                  aria-label={`Remove ${m.email}`}
                  onClick={() =>
                    startTransition(async () => {
                      const r = await removeMemberAction({ datasetId, userId: m.userId });
                      setError(r.ok ? null : r.error);
                    })
                  }
                >
                  Remove
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-zinc-500">No members yet: only admins see this dataset.</p>
      )}
      {canManage ? (
        <form action={action} aria-label="Add member" className="flex items-start gap-2" noValidate>
          <input type="hidden" name="datasetId" value={datasetId} />
          <div className="flex-1">
            <label htmlFor="member-email" className="sr-only">
              E-mail
            </label>
            <input
              id="member-email"
              name="email"
              type="email"
              placeholder="colleague@example.com"
              defaultValue={state && !state.ok ? state.values?.email : undefined}
              aria-invalid={errors.email ? true : undefined}
              aria-describedby={errors.email ? "member-email-error" : undefined}
              className={inputClasses("w-full")}
            />
            <FieldError id="member-email-error" messages={errors.email} />
          </div>
          <Button type="submit" disabled={adding}>
            Add member
          </Button>
        </form>
      ) : null}
      {state?.ok ? <Notice tone="success">{state.message}</Notice> : null}
      {state && !state.ok && !Object.keys(errors).length ? <Notice tone="error">{state.error}</Notice> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
    </div>
  );
}
