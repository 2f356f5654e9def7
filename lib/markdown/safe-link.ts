// Messages come from imported files, so a link in one is untrusted: only absolute
// http(s) and mailto addresses become links (never javascript:, data:, file: or a path
// into Tuneset itself). Fragment links stay, for a message's own footnotes.

const ALLOWED = new Set(["http:", "https:", "mailto:"]);

/** The address to link to, or null when the text must stay text. */
export function safeLinkUrl(url: string): string | null {
  // Browsers drop tabs, newlines and control characters inside a scheme ("java\tscript:").
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, "");
  if (/^#[^#]*$/.test(compact)) return compact;
  if (!/^(https?:\/\/|mailto:)/i.test(compact)) return null;
  try {
    const parsed = new URL(url.trim());
    return ALLOWED.has(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Whether a link leaves the page (opened in a new tab) or points into the message. */
export const isExternalLink = (href: string) => !href.startsWith("#");
