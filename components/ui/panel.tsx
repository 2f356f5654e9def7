import type { ComponentProps, ReactNode } from "react";

// The white card every page is built from. Panel is the bare card; Section is a card
// that is a named region (its h2 labels it for screen readers), with an optional
// description and actions beside the title.

const PADDING = { 4: "p-4", 5: "p-5" } as const;

export function panelClasses(padding: 4 | 5 = 4, extra?: string) {
  return `rounded-lg border border-zinc-200 bg-white ${PADDING[padding]} shadow-sm${extra ? ` ${extra}` : ""}`;
}

export function Panel({ padding, className, ...props }: ComponentProps<"section"> & { padding?: 4 | 5 }) {
  return <section className={panelClasses(padding, className)} {...props} />;
}

type SectionProps = {
  /** Names the heading `${id}-heading`, which labels the region. */
  id: string;
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  padding?: 4 | 5;
  className?: string;
  /** Space under the title when there is no description (default mb-3). */
  titleClassName?: string;
  /** Space under the description (default mb-4). */
  descriptionClassName?: string;
  /** Also give the section itself the id, as a link target (#id). */
  anchor?: boolean;
  children?: ReactNode;
};

export function Section({
  id,
  title,
  description,
  actions,
  padding,
  className,
  titleClassName,
  descriptionClassName = "mb-4",
  anchor,
  children,
}: SectionProps) {
  const heading = (
    <h2 id={`${id}-heading`} className={`text-sm font-semibold${actions || description ? "" : ` ${titleClassName ?? "mb-3"}`}`}>
      {title}
    </h2>
  );
  return (
    <Panel id={anchor ? id : undefined} aria-labelledby={`${id}-heading`} padding={padding} className={className}>
      {actions ? (
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          {heading}
          {actions}
        </div>
      ) : (
        heading
      )}
      {description ? <p className={`mt-1 text-sm text-zinc-600 ${descriptionClassName}`}>{description}</p> : null}
      {children}
    </Panel>
  );
}
