// Shared rules for keyboard shortcuts: single-letter keys never fire while the user
// types in a field, and Ctrl on Linux/Windows is ⌘ on a Mac.

export function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

export const isMod = (e: KeyboardEvent) => e.metaKey || e.ctrlKey;
