"use client";

import { useState, type DragEvent, type KeyboardEvent } from "react";

// Reordering turns by hand: drag a turn's handle onto another turn, or press Alt+↑/↓
// while focus is in a turn. Both end in the moved turn's own onMove, the path the ↑/↓
// buttons take, so the editor holding the turns needs nothing new.

const TURN_TYPE = "application/x-tuneset-turn";
const FOCUSABLE = "button, [role=button], input, select, textarea, [tabindex]";

// A browser runs one drag at a time, and a drop target cannot read the drag's data
// until the drop, so the turn being dragged is kept here. `list` (the turns' parent
// element) keeps a drop from landing in another list of turns.
let dragged: { index: number; move: (to: number) => void; list: Element | null } | null = null;

/** Drop position relative to the target turn: a turn moved down lands after it, moved up before it. */
export type DropSide = "before" | "after" | null;

export function useTurnReorder(index: number, count: number, onMove: (to: number) => void) {
  const [over, setOver] = useState<DropSide>(null);
  const [dragging, setDragging] = useState(false);

  const accepts = (e: DragEvent<HTMLElement>) =>
    dragged !== null && dragged.index !== index && dragged.list === e.currentTarget.parentElement && e.dataTransfer.types.includes(TURN_TYPE);

  const handle = {
    draggable: true,
    onDragStart: (e: DragEvent<HTMLElement>) => {
      const card = e.currentTarget.closest("article");
      dragged = { index, move: onMove, list: card?.parentElement ?? null };
      e.dataTransfer.effectAllowed = "move";
      e.dataTransfer.setData(TURN_TYPE, String(index));
      if (card) e.dataTransfer.setDragImage(card, 16, 16);
      setDragging(true);
    },
    onDragEnd: () => {
      dragged = null;
      setDragging(false);
    },
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
      // The handle itself moves its turn with the arrow keys alone.
      if (!e.altKey && (e.key === "ArrowUp" || e.key === "ArrowDown")) moveByKey(e);
    },
  };

  const moveByKey = (e: KeyboardEvent<HTMLElement>) => {
    const to = index + (e.key === "ArrowUp" ? -1 : 1);
    if (to < 0 || to >= count) return;
    e.preventDefault();
    e.stopPropagation();
    const card = (e.target as HTMLElement).closest("article");
    const list = card?.parentElement;
    const controls = card ? [...card.querySelectorAll(FOCUSABLE)] : [];
    const at = controls.indexOf(e.target as Element);
    onMove(to);
    // Rows may be keyed by position, so focus is put back on the same control of the
    // row that now holds the moved turn: the annotator keeps typing where they were.
    requestAnimationFrame(() => {
      const target = list?.querySelectorAll(":scope > article")[to]?.querySelectorAll<HTMLElement>(FOCUSABLE)[Math.max(at, 0)];
      target?.focus();
    });
  };

  const card = {
    onDragOver: (e: DragEvent<HTMLElement>) => {
      if (!accepts(e)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = "move";
      setOver(dragged!.index < index ? "after" : "before");
    },
    onDragLeave: (e: DragEvent<HTMLElement>) => {
      if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(null);
    },
    onDrop: (e: DragEvent<HTMLElement>) => {
      setOver(null);
      if (!accepts(e)) return;
      e.preventDefault();
      const source = dragged!;
      dragged = null;
      source.move(index);
    },
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
      if (e.altKey && (e.key === "ArrowUp" || e.key === "ArrowDown")) moveByKey(e);
    },
  };

  return { handle, card, over, dragging };
}
