"use client";

import { useRouter } from "next/navigation";

// Offered beside a version conflict: shows the colleague's saved version, after
// clearing the message that offered it.
export function ReloadButton({ onReload }: { onReload?: () => void }) {
  const router = useRouter();
  return (
    <button
      type="button"
      onClick={() => {
        onReload?.();
        router.refresh();
      }}
      className="ml-2 font-medium underline"
    >
      Reload
    </button>
  );
}

/** A refused save: its message, and the reload when it was refused for a version conflict. */
export function SaveError({
  as: Tag = "span",
  className,
  text,
  conflict,
  onReload,
}: {
  as?: "p" | "span";
  className: string;
  text: string;
  conflict?: boolean;
  onReload: () => void;
}) {
  return (
    <Tag role="alert" className={className}>
      {text}
      {conflict ? <ReloadButton onReload={onReload} /> : null}
    </Tag>
  );
}
