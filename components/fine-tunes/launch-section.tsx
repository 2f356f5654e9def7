import type { LaunchView } from "@/lib/fine-tunes/launch-view";
import { Notice } from "@/components/ui/notice";
import { LaunchDialog } from "./launch-dialog";

// The launch dialog of a snapshot page, open while the address says `launch=1` (the
// page works out the view for the provider, model and method in the address), or why
// this snapshot cannot be launched as chosen.
export function LaunchSection({ launch, closeHref }: { launch: { view: LaunchView } | { error: string }; closeHref: string }) {
  if ("view" in launch) return <LaunchDialog view={launch.view} closeHref={closeHref} />;
  return (
    <div className="fixed inset-0 z-30 flex items-start justify-center bg-zinc-900/40 p-8">
      <div role="dialog" aria-modal="true" aria-label="Launch a fine-tune" className="w-full max-w-lg rounded-xl bg-white p-5 shadow-xl">
        <Notice tone="error" title="This snapshot cannot be launched as chosen">
          {launch.error}
        </Notice>
        <a href={closeHref} className="mt-3 inline-block text-sm underline">
          Close
        </a>
      </div>
    </div>
  );
}
