import type { ReactNode } from "react";

// The top of a page: an optional breadcrumb, the h1, a line or two of description, and
// the page's actions on the right when it has any.

type Props = {
  title: ReactNode;
  description?: ReactNode;
  breadcrumb?: ReactNode;
  actions?: ReactNode;
  className?: string;
  /** Let the description run the page's full width. */ wide?: boolean;
};

export function PageHeader({ title, description, breadcrumb, actions, className, wide }: Props) {
  const text = (
    <>
      <h1 className="text-xl font-semibold tracking-tight">{title}</h1>
      {description ? <p className={`mt-1 text-sm text-zinc-600${wide ? "" : " max-w-3xl"}`}>{description}</p> : null}
    </>
  );
  return (
    <header className={className}>
      {breadcrumb}
      {actions ? (
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>{text}</div>
          {actions}
        </div>
      ) : (
        text
      )}
    </header>
  );
}
