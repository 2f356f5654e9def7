import type { ComponentProps, ReactNode } from "react";

// A list of facts, each a term and its value, drawn from rows so a figure is one line
// of data rather than markup. By default the pairs flow into the list's own grid
// (term beside value); `itemClassName` gives each pair a box of its own instead.

export type Fact = [term: string, value: ReactNode];

type Props = Omit<ComponentProps<"dl">, "children"> & { facts: Fact[]; itemClassName?: string; termClassName?: string; valueClassName?: string };

export function FactList({ facts, itemClassName = "contents", termClassName = "text-zinc-500", valueClassName = "text-zinc-900", ...props }: Props) {
  return (
    <dl {...props}>
      {facts.map(([term, value]) => (
        <div key={term} className={itemClassName}>
          <dt className={termClassName}>{term}</dt>
          <dd className={valueClassName}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
