import { buttonClasses } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";

// Any two snapshots of a dataset side by side: a plain form to the comparison page,
// the older first by default (the newest against the one before it).
export function ComparePicker({ snapshots }: { snapshots: { id: string; number: number }[] }) {
  if (snapshots.length < 2) return null;
  const [newest, previous] = snapshots;
  const options = snapshots.map((s) => (
    <option key={s.id} value={s.id}>
      #{s.number}
    </option>
  ));
  // The comparison page's a and b: "Compare" the older "with" the newer.
  const picks = [
    ["a", "Compare", previous.id],
    ["b", "with", newest.id],
  ] as const;
  return (
    <form action="/snapshots/compare" method="get" aria-label="Compare snapshots" className="mt-3 flex flex-wrap items-end gap-2 text-sm">
      {picks.map(([name, label, snapshotId]) => (
        <label key={name} className="text-xs font-medium text-zinc-700">
          {label}
          <select name={name} defaultValue={snapshotId} className={inputClasses("ml-2 font-normal")}>
            {options}
          </select>
        </label>
      ))}
      <button type="submit" className={buttonClasses("secondary")}>
        Compare
      </button>
    </form>
  );
}
