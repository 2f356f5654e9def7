// How much of a record one page sends and renders. A 10 MB line once took a minute of
// server time and 20 MB of HTML to show; these bounds keep every page near a second
// whatever a record holds, and the rest of a long text loads when someone asks for it.

/** Characters of one long text shown before "Show all". */
export const SHOWN_CHARS = 20_000;

/** Characters of all texts of one record that a page renders; later turns load on demand. */
export const PAGE_TEXT_BUDGET = 40_000;

/** A text longer than this renders as plain text: parsing megabytes of markdown is what froze the server. */
export const MARKDOWN_MAX_CHARS = 50_000;

/** Characters of one text sent by one "Show all" request; longer texts arrive in several. */
export const TEXT_CHUNK_CHARS = 1_000_000;

/**
 * The longest text the turn editor loads into a text field. Longer ones stay as they are
 * on save: a save travels as one request of at most 2 MB (next.config.js).
 */
export const EDITABLE_MAX_CHARS = 500_000;

/** Texts longer than this are not compared word by word in a revision's changes. */
export const WORD_DIFF_MAX_CHARS = 20_000;
