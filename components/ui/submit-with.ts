import type { FormEvent } from "react";

// For forms that save with a client call instead of a form action: a form action resets
// the fields, and what was typed must stay in view when the save fails.
export function submitWith(save: () => void) {
  return (e: FormEvent) => {
    e.preventDefault();
    save();
  };
}
