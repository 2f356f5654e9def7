"use client";

import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { QualityFilters, type QualityFilterProps } from "./quality-filters";

// "+ Filter": the filters past search and status, out of the way until asked for. The
// panel stays open while filters are picked (each applies at once and shows as a chip)
// and closes with Escape, Done or a click elsewhere, handing focus back to its button.

export function FilterMenu(props: QualityFilterProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLElement>(`[id="${panelId}"] select:not(:disabled), [id="${panelId}"] input`)?.focus();
    const outside = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", outside);
    return () => document.removeEventListener("pointerdown", outside);
  }, [open, panelId]);

  return (
    <div ref={root} className="relative" onKeyDown={(e) => e.key === "Escape" && open && (e.stopPropagation(), close(true))}>
      <Button ref={button} aria-expanded={open} aria-controls={panelId} onClick={() => (open ? close(false) : setOpen(true))}>
        <span aria-hidden>+</span> Filter
      </Button>
      {open ? (
        <div
          id={panelId}
          role="group"
          aria-label="More filters"
          className="absolute left-0 top-full z-30 mt-1 w-[22rem] space-y-3 rounded-lg border border-zinc-200 bg-white p-3 shadow-lg"
        >
          <QualityFilters {...props} />
          <div className="flex justify-end">
            <Button size="sm" variant="ghost" onClick={() => close(true)}>
              Done
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
