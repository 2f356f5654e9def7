import type { ComponentProps, ReactNode } from "react";

// The table primitives every list in Tuneset draws with, so a table looks and reads the
// same everywhere: a bordered, scrolling frame; a grey header row; hairlines between
// rows. Three header looks: "framed" (the data tables), "plain" (a rule under the
// headings, no band: the snapshot lists) and "list" (the small settings lists inside a
// panel, with no frame and no header band). Plain elements, no hooks, so
// server components use them as they are and DataTable builds on them.

type Look = "framed" | "plain" | "list";

const HEADER: Record<Look, string> = {
  framed: "border-b border-zinc-200 bg-zinc-50 text-left text-xs font-medium text-zinc-500",
  plain: "border-b border-zinc-200 text-xs text-zinc-500",
  list: "text-xs text-zinc-500",
};
// A list's last column has no right padding: its buttons line up with the panel's edge.
const HEAD: Record<Look, string> = { framed: "px-3", plain: "px-3 font-medium", list: "pr-3 font-medium last:pr-0" };
const CELL: Record<Look, string> = { framed: "px-3", plain: "px-3", list: "pr-3 last:pr-0" };
const join = (...parts: (string | false | undefined)[]) => parts.filter(Boolean).join(" ");

/** The bordered frame a framed table scrolls in; `flat` leaves out the shadow (tables inside a page section). */
export function TableFrame({ flat, className, ...props }: ComponentProps<"div"> & { flat?: boolean }) {
  return <div className={join("overflow-x-auto rounded-lg border border-zinc-200 bg-white", !flat && "shadow-sm", className)} {...props} />;
}

export function Table({ className = "w-full text-sm", ...props }: ComponentProps<"table">) {
  return <table className={className} {...props} />;
}

/** The header band: a single row of TableHead cells. */
export function TableHeader({ look = "framed", className, children }: { look?: Look; className?: string; children: ReactNode }) {
  return (
    <thead className={join(className, HEADER[look])}>
      <tr>{children}</tr>
    </thead>
  );
}

type Dense = { dense?: boolean; look?: Look };
// Dense rows: a little tighter in a framed table, as tight as text in a list.
const pad = (dense?: boolean, look: Look = "framed") => (dense ? (look === "list" ? "py-1" : "py-1.5") : "py-2");

/** A column heading (scope="col"). */
export function TableHead({ dense, look = "framed", className, ...props }: ComponentProps<"th"> & Dense) {
  return <th scope="col" className={join(HEAD[look], pad(dense, look), className)} {...props} />;
}

export function TableBody({ className, ...props }: ComponentProps<"tbody">) {
  return <tbody className={join("divide-y divide-zinc-100", className)} {...props} />;
}

export function TableRow(props: ComponentProps<"tr">) {
  return <tr {...props} />;
}

export function TableCell({ dense, look = "framed", className, ...props }: ComponentProps<"td"> & Dense) {
  return <td className={join(CELL[look], pad(dense, look), className)} {...props} />;
}

/** The first cell of a row when it names the row (scope="row"), as in the score tables. */
export function TableRowHead({ dense, look: _look, className = "text-left font-normal", ...props }: ComponentProps<"th"> & Dense) {
  return <th scope="row" className={join("px-3", pad(dense), className)} {...props} />;
}

/** The one row a table shows when it has none: a centred, quiet sentence across every column. */
export function TableEmpty({ colSpan, children }: { colSpan: number; children: ReactNode }) {
  return (
    <tr>
      <td colSpan={colSpan} className="px-3 py-10 text-center text-sm text-zinc-500">
        {children}
      </td>
    </tr>
  );
}

/** The same sentence where there is no table at all yet (an empty list draws no header); `dashed` for a list that has never had anything, with a hint what to do. */
export function EmptyState({ dashed, children }: { dashed?: boolean; children: ReactNode }) {
  const look = dashed ? "border-dashed border-zinc-300 p-6 text-zinc-600" : "border-zinc-200 px-3 py-10 text-center text-zinc-500";
  return <p className={`rounded-lg border bg-white text-sm ${look}`}>{children}</p>;
}
