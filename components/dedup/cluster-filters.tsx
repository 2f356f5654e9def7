import Link from "next/link";

// Which clusters to list: by state and by kind. Links, so the view lives in the URL
// and the browser's back button walks through it.

type Option = { label: string; href: string; current: boolean; count?: number };

export function ClusterFilters({ state, kind }: { state: Option[]; kind: Option[] }) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Segmented label="Show" options={state} />
      <Segmented label="Kind" options={kind} />
    </div>
  );
}

function Segmented({ label, options }: { label: string; options: Option[] }) {
  return (
    <nav aria-label={label} className="inline-flex rounded-md border border-zinc-300 bg-white p-0.5 text-sm shadow-sm">
      {options.map((o) => (
        <Link
          key={o.label}
          href={o.href}
          aria-current={o.current ? "page" : undefined}
          className={`rounded px-2.5 py-1 ${o.current ? "bg-zinc-900 text-white" : "text-zinc-700 hover:bg-zinc-100"}`}
        >
          {o.label}
          {o.count !== undefined ? <span className={`ml-1 tabular-nums ${o.current ? "text-zinc-500" : "text-zinc-500"}`}>{o.count}</span> : null}
        </Link>
      ))}
    </nav>
  );
}
