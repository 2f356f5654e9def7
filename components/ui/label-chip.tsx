// A label with its colour as a dot, so the text stays readable whatever colour a
// team picked. Colours come from the database; only plain hex values are used.

const HEX = /^#[0-9a-f]{3,8}$/i;

export function LabelChip({ name, color }: { name: string; color: string }) {
  const dot = HEX.test(color) ? color : "#a1a1aa";
  return (
    <span className="inline-flex max-w-[12rem] items-center gap-1 rounded-full border border-zinc-200 bg-white px-2 py-0.5 text-xs text-zinc-700">
      <span aria-hidden className="size-2 shrink-0 rounded-full" style={{ backgroundColor: dot }} />
      <span className="truncate">{name}</span>
    </span>
  );
}
