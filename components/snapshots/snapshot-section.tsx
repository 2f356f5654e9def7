import type { ReactNode } from "react";
import { Section } from "@/components/ui/panel";

// One card of the snapshot page, titled for screen readers and the eye alike. The page
// stacks these in one column; a new part of the page is one more of them.
export function SnapshotSection({ id, title, actions, children }: { id: string; title: string; actions?: ReactNode; children: ReactNode }) {
  return (
    <Section id={id} title={title} actions={actions}>
      {children}
    </Section>
  );
}
