import Link from "next/link";
import { Fragment, type ReactNode } from "react";

// "Datasets / <dataset> /" above a page title, so every page leads back up: each step a
// link, then the current page when the title does not already say it.

type Step = { href: string; label: ReactNode };

export function Breadcrumb({ trail, current }: { trail: Step[]; current?: ReactNode }) {
  return (
    <nav aria-label="Breadcrumb" className="text-xs text-zinc-500">
      {trail.map((step) => (
        <Fragment key={step.href}>
          <Link href={step.href} className="hover:text-zinc-900">
            {step.label}
          </Link>{" "}
          /{" "}
        </Fragment>
      ))}
      {current ? <span aria-current="page">{current}</span> : null}
    </nav>
  );
}

/** The trail of every page under a dataset. */
export function DatasetBreadcrumb({ dataset }: { dataset: { id: string; name: string } }) {
  return (
    <Breadcrumb
      trail={[
        { href: "/", label: "Datasets" },
        { href: `/datasets/${dataset.id}`, label: dataset.name },
      ]}
    />
  );
}
