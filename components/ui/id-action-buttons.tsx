"use client";

import { buttonClasses, type ButtonVariant } from "./button";
import { useIdAction, type IdAction } from "./use-id-action";
import { AlertText } from "./message-text";

// The row of buttons on a job's or a run's page (resume, retry, cancel): each runs its
// action on the one id, and the last error shows under the row.

export type IdActionButton = {
  label: string;
  variant: ButtonVariant;
  action: IdAction;
  /** Asked first; the action runs only when the user agrees. */
  confirm?: string;
};

/** `false` in the list leaves that button out (the job cannot do it now). */
export function IdActionButtons({ id, buttons }: { id: string; buttons: (IdActionButton | false)[] }) {
  const { pending, error, run } = useIdAction(id);
  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex gap-2">
        {buttons.map((b) =>
          b ? (
            <button
              key={b.label}
              type="button"
              className={buttonClasses(b.variant)}
              disabled={pending}
              onClick={() => {
                if (!b.confirm || window.confirm(b.confirm)) run(b.action);
              }}
            >
              {b.label}
            </button>
          ) : null,
        )}
      </div>
      <AlertText text={error} as="p" className="max-w-sm text-right text-xs text-red-700" />
    </div>
  );
}
