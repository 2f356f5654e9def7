"use client";

import Link from "next/link";
import { useSelectedLayoutSegment } from "next/navigation";
import type { ReactNode } from "react";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { buttonClasses } from "@/components/ui/button";
import { formatCount } from "@/components/ui/format";

// The frame every page under a dataset shares, drawn once by app/datasets/[id]/layout.tsx:
// the trail back up and the dataset's pages, with the open one marked. It is a client
// component only to know which page is open; the layout hands it the names and counts.

export type DatasetFrameData = {
  id: string;
  name: string;
  trashCount: number;
  snapshotCount: number;
  /** Unresolved clusters of the latest de-duplication run; null before any finished run. */
  unresolvedClusters: number | null;
};

// Pages that read best narrower than the app's width keep their width here, so the
// frame's line lines up with the page under it.
const WIDTH: Record<string, string> = { settings: "mx-auto max-w-3xl", trash: "mx-auto max-w-5xl" };

export function DatasetFrame({ dataset, children }: { dataset: DatasetFrameData; children: ReactNode }) {
  const segment = useSelectedLayoutSegment();
  const base = `/datasets/${dataset.id}`;
  const clusters = dataset.unresolvedClusters;
  const links = [
    { segment: "stats", label: "Statistics", title: "Charts of the dataset's lengths, statuses, labels, languages and review progress" },
    {
      segment: "duplicates",
      label: `Duplicates${clusters === null ? "" : ` (${formatCount(clusters)})`}`,
      title: clusters === null ? "Find exact and near-duplicate conversations" : "Clusters of duplicates not resolved yet, from the latest run",
    },
    {
      segment: "snapshots",
      label: `Snapshots (${formatCount(dataset.snapshotCount)})`,
      title: "Every export, frozen and numbered: download, compare, see what went in",
    },
    { segment: "trash", label: `Trash (${formatCount(dataset.trashCount)})` },
    { segment: "settings", label: "Settings" },
  ];
  // On the dataset's own page its name is the h1, so the trail stops at the list.
  const trail =
    segment === null
      ? [{ href: "/", label: "Datasets" }]
      : [
          { href: "/", label: "Datasets" },
          { href: base, label: dataset.name },
        ];
  return (
    <div className={`space-y-3 ${(segment && WIDTH[segment]) ?? ""}`}>
      <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1">
        <Breadcrumb trail={trail} />
        <nav aria-label="Dataset pages" className="flex flex-wrap items-center gap-1">
          {links.map((l) => {
            const open = segment === l.segment;
            return (
              <Link
                key={l.segment}
                href={`${base}/${l.segment}`}
                title={l.title}
                aria-current={open ? "page" : undefined}
                className={buttonClasses("ghost", "sm", open ? "bg-zinc-200/70 text-zinc-900" : "")}
              >
                {l.label}
              </Link>
            );
          })}
        </nav>
      </div>
      {children}
    </div>
  );
}
