// How a provider key is shown to an admin: its last four characters and nothing more,
// enough to tell which key is in use. A key of eight characters or fewer shows none.
// The settings page lists every provider's key this way (lib/db/providers/provider-settings.ts).

/** The last four characters worth keeping beside a saved key, or null for a key too short to show any. */
export const keyHint = (key: string): string | null => (key.length > 8 ? key.slice(-4) : null);

/** "…abcd" from a stored hint; "…" when there is none. */
export const shownHint = (hint: string | null): string => `…${hint ?? ""}`;

export const maskKey = (key: string): string => shownHint(keyHint(key));
