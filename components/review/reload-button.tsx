"use client";

import { useRouter } from "next/navigation";
import { MessageText } from "@/components/ui/message-text";

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

/** An error in a line of text beside what failed; a save refused for a version conflict also gets the reload. */
export function InlineError({
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
  onReload?: () => void;
}) {
  return (
    <Tag role="alert" className={className}>
      <MessageText text={text} />
      {conflict ? <ReloadButton onReload={onReload} /> : null}
    </Tag>
  );
}
