"use client";

import { useState, useTransition } from "react";
import { createResetLinkAction, setUserDisabledAction, setUserRoleAction } from "@/lib/actions/user-actions";
import { ROLES, ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { RESET_LINK_HOURS } from "@/lib/validation/accounts";
import { Badge } from "@/components/ui/badge";
import { DataTable, dataColumns } from "@/components/ui/data-table";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { RelativeTime } from "@/components/ui/relative-time";
import { CopyField } from "@/components/ui/copy-field";

export type UserRowView = {
  id: string;
  name: string;
  email: string;
  role: Role;
  disabled: boolean;
  hasPassword: boolean;
  datasets: number;
  lastSeenAt: string | null;
  isYou: boolean;
};

type Message = { tone: "error" | "success"; text: string; link?: string };
type Run = (work: () => Promise<{ ok: true; link?: string } | { ok: false; error: string }>, success?: (r: { link?: string }) => Message) => void;

const column = dataColumns<UserRowView>();

function userColumns(pending: boolean, run: Run) {
  return [
    column.display({
      id: "name",
      header: "Name",
      cell: ({ row: { original: u } }) => (
        <>
          <div className="font-medium">
            {u.name} {u.isYou ? <Badge tone="blue">you</Badge> : null} {u.disabled ? <Badge tone="red">turned off</Badge> : null}
          </div>
          <div className="text-xs text-zinc-500">{u.email}</div>
        </>
      ),
    }),
    column.display({
      id: "role",
      header: "Role",
      cell: ({ row: { original: u } }) => (
        <select
          aria-label={`Role of ${u.email}`}
          value={u.role}
          disabled={pending}
          onChange={(e) => {
            // Read now: the select is controlled and shows the saved role until the page refreshes.
            const role = e.target.value as Role;
            run(
              () => setUserRoleAction({ userId: u.id, role }),
              () => ({ tone: "success", text: `${u.email} is now ${ROLE_LABELS[role].toLowerCase()}.` }),
            );
          }}
          className={inputClasses("", "sm")}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      ),
    }),
    column.display({
      id: "datasets",
      header: "Datasets",
      cell: ({ row: { original: u } }) => (u.role === "admin" ? "all" : u.datasets),
      meta: { cellClassName: "tabular-nums" },
    }),
    column.display({
      id: "lastSeen",
      header: "Last seen",
      cell: ({ row: { original: u } }) => (u.lastSeenAt ? <RelativeTime value={u.lastSeenAt} /> : "never"),
      meta: { cellClassName: "text-xs" },
    }),
  ];
}

// Every account, with its role (changed in place), whether it can sign in, and the
// one-time reset link an admin hands over when someone forgets their password.
export function UsersTable({ users }: { users: UserRowView[] }) {
  const [message, setMessage] = useState<Message | null>(null);
  const [pending, startTransition] = useTransition();
  const run: Run = (work, success) =>
    startTransition(async () => {
      const r = await work();
      setMessage(r.ok ? (success?.(r) ?? null) : { tone: "error", text: r.error });
    });
  const columns = userColumns(pending, run);
  return (
    <div className="space-y-3">
      {message ? (
        <Notice tone={message.tone}>
          {message.text}
          {message.link ? <CopyField label="Reset link" value={message.link} copyLabel="Copy link" /> : null}
        </Notice>
      ) : null}
      <DataTable
        columns={columns}
        data={users}
        getRowId={(u) => u.id}
        aria-label="Users"
        look="list"
        rowClassName={(u) => (u.disabled ? "text-zinc-500" : "")}
        rowActions={{
          cellClassName: "space-x-2 text-right",
          cell: (u) => (
            <>
              {u.hasPassword ? (
                <Button
                  size="sm"
                  disabled={pending || u.disabled}
                  onClick={() =>
                    run(
                      () => createResetLinkAction({ userId: u.id }),
                      (r) => ({
                        tone: "success",
                        text: `Give this one-time link to ${u.email}. It works once, for ${RESET_LINK_HOURS} hours, and is not shown again. Using it signs them out everywhere and revokes their API tokens:`,
                        link: r.link,
                      }),
                    )
                  }
                >
                  Reset link
                </Button>
              ) : null}
              {u.isYou ? null : (
                <Button
                  size="sm"
                  variant={u.disabled ? "secondary" : "danger"}
                  disabled={pending}
                  onClick={() =>
                    run(
                      () => setUserDisabledAction({ userId: u.id, disabled: !u.disabled }),
                      () => ({
                        tone: "success",
                        text: u.disabled
                          ? `${u.email} can sign in again (with new API tokens: the old ones stay revoked).`
                          : `${u.email} is turned off: signed out everywhere, API tokens revoked.`,
                      }),
                    )
                  }
                >
                  {u.disabled ? "Turn on" : "Turn off"}
                </Button>
              )}
            </>
          ),
        }}
      />
    </div>
  );
}
