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
