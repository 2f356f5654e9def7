import type { Metadata } from "next";
import Link from "next/link";
import { pageActor } from "@/app/_lib/page-access";
import { listFineTunes } from "@/lib/db/fine-tunes/read-fine-tunes";
import { isFinalStatus } from "@/lib/fine-tunes/fine-tune-vocabulary";
import { FineTunesTable } from "@/components/fine-tunes/fine-tunes-table";
import { LiveList } from "@/components/ui/live-list";

export const metadata: Metadata = { title: "Fine-tunes" };

// Every fine-tune of the datasets the user works on, newest first, followed by the
// server whether or not this page is open.
export default async function FineTunesPage() {
  const actor = await pageActor("datasets.read");
  const jobs = await listFineTunes(actor);
  return (
    <LiveList
      title="Fine-tunes"
      description="Each job with the snapshot it trained on and the model it made. Tuneset follows unfinished jobs in the background; this page only shows where they stand."
      active={jobs.some((j) => !isFinalStatus(j.status))}
      everyMs={4000}
      table={jobs.length ? <FineTunesTable jobs={jobs} /> : null}
      empty={
        <>
          No fine-tunes yet. Open a dataset, make a snapshot of its approved records, and launch one from the snapshot&apos;s page (or{" "}
          <Link href="/" className="underline">
            pick a dataset
          </Link>{" "}
          and use <em>Fine-tune approved</em>).
        </>
      }
    />
  );
}
