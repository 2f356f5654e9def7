import Link from "next/link";

// "Datasets / <dataset> /" above a page title, so every page under a dataset leads back up.
export function DatasetBreadcrumb({ dataset }: { dataset: { id: string; name: string } }) {
  return (
    <nav aria-label="Breadcrumb" className="text-xs text-zinc-500">
      <Link href="/" className="hover:text-zinc-900">
        Datasets
      </Link>{" "}
      /{" "}
      <Link href={`/datasets/${dataset.id}`} className="hover:text-zinc-900">
        {dataset.name}
      </Link>{" "}
      /
    </nav>
  );
}
