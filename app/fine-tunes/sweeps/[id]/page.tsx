import type { Metadata } from "next";
import Link from "next/link";
import { pageActor } from "@/app/_lib/page-access";
import { orNotFound } from "@/app/_lib/or-not-found";
import { getSweep } from "@/lib/db/fine-tunes/read-sweep";
import { isFinalStatus } from "@/lib/fine-tunes/fine-tune-vocabulary";
import { AutoRefresh } from "@/components/ui/auto-refresh";
import { SweepComparison } from "@/components/fine-tunes/sweep-comparison";
import { formatDateTime } from "@/components/ui/format";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Sweep" };

type Props = { params: Promise<{ id: string }> };

// The jobs of one sweep side by side: the values each was given and the losses it ended with.
export default async function SweepPage({ params }: Props) {
  const { id } = await params;
  const actor = await pageActor("datasets.read");
  const sweep = await orNotFound(getSweep(actor, id));
  const axes = Object.entries(sweep.grid).filter(([, values]) => values.length > 1);
  return (
    <div className="space-y-4">
      <AutoRefresh active={sweep.jobs.some((j) => !isFinalStatus(j.status))} everyMs={4000} />
      <Breadcrumb trail={[{ href: "/fine-tunes", label: "Fine-tunes" }]} />
      <header>
        <h1 className="text-xl font-semibold tracking-tight">Sweep of {sweep.jobs.length} fine-tunes</h1>
        <p className="mt-1 text-sm text-zinc-600">
          On{" "}
          <Link href={`/snapshots/${sweep.snapshot.id}`} className="underline">
            snapshot #{sweep.snapshot.number}
          </Link>{" "}
          of{" "}
          <Link href={`/datasets/${sweep.snapshot.dataset.id}`} className="underline">
            {sweep.snapshot.dataset.name}
          </Link>
          , launched {formatDateTime(sweep.createdAt)} by {sweep.createdBy.name}. Varied:{" "}
          {axes.map(([axis, values]) => `${axis} ${values.join(", ")}`).join("; ") || "nothing"}.
        </p>
      </header>
      <SweepComparison jobs={sweep.jobs} axes={axes.map(([axis]) => axis)} />
    </div>
  );
}
