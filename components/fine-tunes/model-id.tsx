import { CopyButton } from "./copy-button";

/** A model id as the provider wrote it, with one click to copy it (or a dash before it exists). */
export function ModelId({ value, testId }: { value: string | null; testId?: string }) {
  if (!value) return <span className="text-zinc-500">—</span>;
  return (
    <span className="inline-flex items-center gap-1">
      <code className="break-all text-xs" data-testid={testId}>
        {value}
      </code>
      <CopyButton value={value} />
    </span>
  );
}
