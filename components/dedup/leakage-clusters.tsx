import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { StatusBadge } from "@/components/ui/status-badge";
import { KindBadge } from "./cluster-list";

// Records repeated across two datasets. Every member says which dataset it is in, and
// links to its conversation: leakage is fixed by removing or editing records there
// (the resolve actions refuse these clusters), so the list is for reading.

export type LeakageMember = { id: number; datasetName: string; own: boolean; status: string; preview: string; inTrash: boolean };
export type LeakageCluster = { id: number; kind: "exact" | "near"; similarity: string; members: LeakageMember[] };

export function LeakageClusters({ datasetId, clusters }: { datasetId: string; clusters: LeakageCluster[] }) {
  if (!clusters.length) {
    return <p className="rounded-lg border border-zinc-200 bg-white px-3 py-6 text-center text-sm text-zinc-500">No record repeats across the two datasets.</p>;
  }
  return (
    <ul aria-label="Leakage clusters" className="divide-y divide-zinc-100 rounded-lg border border-zinc-200 bg-white shadow-sm">
      {clusters.map((c) => (
        <li key={c.id} className="space-y-1.5 px-3 py-2.5 text-sm">
          <div className="flex flex-wrap items-center gap-2">
            <Link href={`/datasets/${datasetId}/duplicates/${c.id}`} className="font-medium tabular-nums hover:underline">
              Cluster #{c.id}
            </Link>
            <KindBadge kind={c.kind} />
            <span className="tabular-nums text-zinc-600">{c.similarity}</span>
          </div>
          <ul className="space-y-1">
            {c.members.map((m) => (
              <li key={m.id} className={`flex min-w-0 items-baseline gap-2 ${m.inTrash ? "opacity-60" : ""}`}>
                <Link href={`/conversations/${m.id}`} className="shrink-0 tabular-nums text-zinc-700 hover:underline">
                  #{m.id}
                </Link>
                <Badge tone={m.own ? "gray" : "amber"}>{m.datasetName}</Badge>
                <StatusBadge status={m.status} />
                {m.inTrash ? <Badge tone="gray">In the trash</Badge> : null}
                <span className="truncate text-zinc-600">{m.preview || "(no user message)"}</span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
