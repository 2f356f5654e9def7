"use client";

import { useEffect, useRef, useState } from "react";
import { inputClasses } from "@/components/ui/field";

// "l" in review mode: type to find a label, arrows to move, Enter to toggle it on the
// conversation (a name the dataset does not have yet creates it), Escape to close.

type Label = { name: string; color: string };
type Props = { labels: Label[]; onRecord: string[]; onToggle: (name: string) => void; onClose: () => void };

export function LabelPicker({ labels, onRecord, onToggle, onClose }: Props) {
  const [text, setText] = useState("");
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  const typed = text.trim();
  const needle = typed.toLowerCase();
  const matches = labels
    .filter((l) => l.name.toLowerCase().includes(needle))
    // Names that start with what was typed come first.
    .sort((a, b) => Number(!a.name.toLowerCase().startsWith(needle)) - Number(!b.name.toLowerCase().startsWith(needle)));
  const options = [
    ...matches.map((l) => ({ name: l.name, color: l.color, create: false })),
    ...(typed && !labels.some((l) => l.name.toLowerCase() === needle) ? [{ name: typed, color: "", create: true }] : []),
  ];
  const current = Math.min(active, Math.max(0, options.length - 1));

  return (
    <div role="dialog" aria-label="Label this conversation" className="rounded-lg border border-zinc-300 bg-white p-3 shadow-lg">
      <input
        ref={input}
        role="combobox"
        aria-label="Find or create a label"
        aria-expanded
        aria-controls="label-options"
        aria-activedescendant={options.length ? `label-option-${current}` : undefined}
        value={text}
        maxLength={50}
        placeholder="Type a label name…"
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === "Escape") onClose();
          else if (e.key === "ArrowDown") setActive(Math.min(current + 1, options.length - 1));
          else if (e.key === "ArrowUp") setActive(Math.max(current - 1, 0));
          else if (e.key === "Enter" && options[current]) onToggle(options[current].name);
          else return;
          e.preventDefault();
        }}
        className={inputClasses("w-full")}
      />
      <ul id="label-options" role="listbox" aria-label="Labels" className="mt-2 max-h-60 overflow-y-auto text-sm">
        {options.length === 0 ? <li className="px-2 py-1 text-zinc-500">No labels yet: type a name to create one.</li> : null}
        {options.map((o, i) => {
          const on = onRecord.includes(o.name);
          return (
            <li
              key={`${o.create}-${o.name}`}
              id={`label-option-${i}`}
              role="option"
              aria-selected={i === current}
              onMouseDown={(e) => {
                e.preventDefault();
                onToggle(o.name);
              }}
              className={`flex cursor-pointer items-center gap-2 rounded px-2 py-1 ${i === current ? "bg-indigo-50" : ""}`}
            >
              <span aria-hidden className="h-2 w-2 rounded-full" style={{ backgroundColor: o.color || "#a1a1aa" }} />
              <span className="flex-1">{o.create ? `Create label “${o.name}”` : o.name}</span>
              <span className="text-xs text-zinc-500">{on ? "✓ on · Enter removes" : o.create ? "" : "Enter adds"}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
