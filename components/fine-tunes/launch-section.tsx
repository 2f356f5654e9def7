import Link from "next/link";
import type { LaunchView } from "@/lib/fine-tunes/launch-view";
import { buttonClasses } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { LaunchDialog } from "./launch-dialog";

// The launch dialog of a snapshot page (or of the dataset page, on its approved
// records), open while the address says `launch=1` (the page works out the view for the
// provider, model and method in the address), or why it cannot be launched as chosen.
// With no provider set up the reason says where to set one up, linked for an admin.

type Launch = { view: LaunchView } | { error: string; needsProvider?: true };
type Props = { launch: Launch; closeHref: string; settingsHref?: string | null };

export function LaunchSection({ launch, closeHref, settingsHref = null }: Props) {
  if ("view" in launch) return <LaunchDialog view={launch.view} closeHref={closeHref} />;
  const title = launch.needsProvider ? "No fine-tuning provider is set up" : "This cannot be launched as chosen";
  return (
    <div className="fixed inset-0 z-30 flex items-start justify-center bg-zinc-900/40 p-8">
      <div role="dialog" aria-modal="true" aria-label="Launch a fine-tune" className="w-full max-w-lg rounded-xl bg-white p-5 shadow-xl">
        <Notice tone={launch.needsProvider ? "warning" : "error"} title={title}>
          {launch.error}
        </Notice>
        <div className="mt-3 flex items-center justify-end gap-2">
          <Link href={closeHref} scroll={false} className={buttonClasses("secondary")}>
            Close
          </Link>
          {launch.needsProvider && settingsHref ? (
            <Link href={settingsHref} className={buttonClasses("primary")}>
              Set up a provider
            </Link>
          ) : null}
        </div>
      </div>
    </div>
  );
}
