import type { ReactNode } from "react";
import { AutoRefresh } from "@/components/ui/auto-refresh";
import { PageHeader } from "./page-header";
import { EmptyState } from "./table";

// A page listing runs that go on in the server (fine-tunes, evaluations): the header, a
// refresh while any of them is still moving, and the table or a note on how to start one.

type Props = {
  title: string;
  description: ReactNode;
  actions?: ReactNode;
  /** Some run has not ended yet, so the page re-reads itself every `everyMs`. */
  active: boolean;
  everyMs: number;
  /** The table, or null when there is nothing to list yet. */
  table: ReactNode;
  empty: ReactNode;
};

export function LiveList({ title, description, actions, active, everyMs, table, empty }: Props) {
  return (
    <div className="space-y-4">
      <PageHeader title={title} description={description} actions={actions} />
      <AutoRefresh active={active} everyMs={everyMs} />
      {table ?? <EmptyState dashed>{empty}</EmptyState>}
    </div>
  );
}
