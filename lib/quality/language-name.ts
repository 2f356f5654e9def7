// Display names for the language codes the detector stores (ISO 639-1, "en"). Kept apart
// from the detector so the browser can name languages without loading it.

export const UNDETERMINED = "und";

let displayNames: Intl.DisplayNames | undefined;

/** "fra" → "French"; "und" → "Undetermined"; a code without an English name stays as it is. */
export function languageName(code: string): string {
  if (code === UNDETERMINED) return "Undetermined";
  try {
    displayNames ??= new Intl.DisplayNames(["en"], { type: "language" });
    return displayNames.of(code) ?? code;
  } catch {
    return code; // not a well-formed language code
  }
}
