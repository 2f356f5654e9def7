"use client";

import { useActionState, useState, useTransition } from "react";
import { createTokenAction, revokeTokenAction, type CreateTokenResult } from "@/lib/actions/token-actions";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { Badge } from "@/components/ui/badge";
import { DataTable, dataColumns } from "@/components/ui/data-table";
import { Button } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-field";
import { inputClasses } from "@/components/ui/field";
import { FormField } from "@/components/ui/form-field";
import { Notice } from "@/components/ui/notice";
import { RelativeTime } from "@/components/ui/relative-time";

export type TokenView = { id: string; name: string; prefix: string; role: Role; createdAt: string; lastUsedAt: string | null; revokedAt: string | null };

const column = dataColumns<TokenView>();
const columns = [
  column.record("name", "Name", (t) => (
    <>
      {t.name} <span className="font-mono text-xs text-zinc-500">{t.prefix}…</span>
    </>
  )),
  column.record("role", "Acts as", (t) => ROLE_LABELS[t.role]),
  column.record("created", "Created", (t) => <RelativeTime value={t.createdAt} />, { cellClassName: "text-xs" }),
  column.record("lastUsed", "Last used", (t) => (t.lastUsedAt ? <RelativeTime value={t.lastUsedAt} /> : "never"), { cellClassName: "text-xs" }),
];

// API tokens for scripts and the CLI talking to this server. A new token is shown
// here once; after that only its first characters are, to tell tokens apart.
export function ApiTokens({ tokens, roles }: { tokens: TokenView[]; roles: Role[] }) {
  const [state, action, creating] = useActionState<CreateTokenResult | null, FormData>(createTokenAction, null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <div className="space-y-4">
      <form action={action} aria-label="New API token" className="flex flex-wrap items-end gap-2" noValidate>
        <FormField id="token-name" name="name" label="Name" errors={errors.name} className="min-w-48 flex-1">
          {(attrs) => <input {...attrs} placeholder="nightly export script" className={inputClasses("mt-1 w-full")} />}
        </FormField>
        <div>
          <label htmlFor="token-role" className="block text-xs font-medium text-zinc-700">
            Acts as
          </label>
          <select id="token-role" name="role" defaultValue={roles[roles.length - 1]} className={inputClasses("mt-1")}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="primary" disabled={creating}>
          Create token
        </Button>
      </form>
      {state?.ok ? (
        <Notice tone="success" title={`Token "${state.name}" created. Copy it now: it is not shown again.`}>
          <CopyField label="New token" value={state.token} copyLabel="Copy token" />
          <p className="mt-1 text-xs">
            Send it as the header <code>Authorization: Bearer …</code>
          </p>
        </Notice>
      ) : null}
      {state && !state.ok && !Object.keys(errors).length ? <Notice tone="error">{state.error}</Notice> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      {tokens.length ? (
        <DataTable
          columns={columns}
          data={tokens}
          getRowId={(t) => t.id}
          aria-label="API tokens"
          look="list"
          rowClassName={(t) => (t.revokedAt ? "text-zinc-500" : "")}
          rowActions={{
            cellClassName: "text-right",
            cell: (t) =>
              t.revokedAt ? (
                <Badge tone="red">revoked</Badge>
              ) : (
                <Button
                  size="sm"
                  variant="danger"
                  disabled={pending}
                  onClick={() =>
                    startTransition(async () => {
                      const r = await revokeTokenAction({ tokenId: t.id });
                      setError(r.ok ? null : r.error);
                    })
                  }
                >
                  Revoke
                </Button>
              ),
          }}
        />
      ) : (
        <p className="text-sm text-zinc-500">No tokens yet.</p>
      )}
    </div>
  );
}
