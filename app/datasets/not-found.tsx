"use client";

import { usePathname } from "next/navigation";
import { NotFoundPanel } from "@/components/ui/not-found-panel";

// The dataset layout (app/datasets/[id]/layout.tsx) loads the dataset for every page under
// it, so a missing one stops there and lands here, above the sub-pages' own not-found
// files (those stay for their own records, such as a cluster). The words still follow the
// page the link pointed to, as each page said them before the layout existed.

const SUB_PAGE: Record<string, { title: string; text: string }> = {
  review: {
    title: "Nothing to review here",
    text: "This dataset, or the conversation this review link points to, does not exist any more. Go back to the datasets and open review from the table.",
  },
  duplicates: { title: "Dataset not found", text: "There are no duplicates to show: no dataset has this address. It may have been deleted." },
  settings: { title: "Dataset not found", text: "There are no settings to show: no dataset has this address. It may have been deleted." },
  snapshots: { title: "Dataset not found", text: "There are no snapshots to show: no dataset has this address. It may have been deleted." },
  stats: { title: "Dataset not found", text: "There are no statistics to show: no dataset has this address. It may have been deleted." },
  trash: { title: "Dataset not found", text: "There is no trash to show: no dataset has this address. It may have been deleted." },
};

const DATASET = {
  title: "Dataset not found",
  text: "No dataset has this address. It may have been deleted, or the link was copied incompletely. Pick one from the list.",
};

export default function DatasetNotFound() {
  // "/datasets/<id>/<sub-page>/...": the third part names the page.
  const subPage = (usePathname() ?? "").split("/")[3] ?? "";
  const { title, text } = Object.hasOwn(SUB_PAGE, subPage) ? SUB_PAGE[subPage] : DATASET;
  return <NotFoundPanel title={title}>{text}</NotFoundPanel>;
}
