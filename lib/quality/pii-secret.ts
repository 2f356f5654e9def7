import type { Span } from "./pii-span";

// API keys and secrets, recognised by the prefixes their issuers put on them and a
// minimum length of random-looking characters after it, so "sk-learn", "task-list"
// or "hf_hub_download" stay prose.

const START = "(?<![A-Za-z0-9_\\-])";
const END = "(?![A-Za-z0-9_\\-])";

type Rule = { pattern: string; /** Characters after the prefix must mix letter cases and digits. */ mixed?: boolean; digit?: boolean };

const RULES: Rule[] = [
  // A PEM private key block; one cut off before its END line runs to the end of the base64.
  { pattern: "-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----(?:[\\s\\S]*?-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----|[A-Za-z0-9+/=\\s:,\\-]*)" },
  { pattern: `${START}sk-ant-[A-Za-z0-9_\\-]{32,}`, mixed: true }, // Anthropic
  { pattern: `${START}sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\\-]{20,}`, mixed: true }, // OpenAI
  { pattern: `${START}gh[pousr]_[A-Za-z0-9]{36,}${END}`, mixed: true }, // GitHub tokens
  { pattern: `${START}github_pat_[A-Za-z0-9_]{40,}`, mixed: true },
  { pattern: `${START}xox[baprs]-[A-Za-z0-9\\-]{10,}`, digit: true }, // Slack
  { pattern: `${START}(?:AKIA|ASIA)[A-Z0-9]{16}${END}` }, // AWS access key id
  { pattern: `${START}AIza[A-Za-z0-9_\\-]{35}${END}` }, // Google API key
  { pattern: `${START}glpat-[A-Za-z0-9_\\-]{20,}`, mixed: true }, // GitLab
  { pattern: `${START}hf_[A-Za-z0-9]{30,}${END}`, mixed: true }, // Hugging Face
  { pattern: `${START}(?:sk|rk|pk)_live_[A-Za-z0-9]{20,}${END}`, mixed: true }, // Stripe
  // A JSON Web Token: base64url header and payload (both JSON objects, so "eyJ") and a signature.
  { pattern: `${START}eyJ[A-Za-z0-9_\\-]{10,}\\.eyJ[A-Za-z0-9_\\-]{10,}\\.[A-Za-z0-9_\\-]{16,}${END}` },
];

const SECRET = new RegExp(RULES.map((r) => `(${r.pattern})`).join("|"), "g");

// The prefixes alone: text without any of them (nearly all text) skips the full
// pattern, whose lookbehinds make every attempt dearer.
const PREFIX = /-----BEGIN|sk-|gh[pousr]_|github_pat_|xox[baprs]-|AKIA|ASIA|AIza|glpat-|hf_|_live_|eyJ/;

/** Random keys mix all three; hyphenated words and snake_case names do not. */
function looksRandom(body: string): boolean {
  return /[a-z]/.test(body) && /[A-Z]/.test(body) && /\d/.test(body);
}

function bodyOf(match: string): string {
  return match.replace(/^(?:sk-(?:ant-|proj-|svcacct-|admin-)?|gh[pousr]_|github_pat_|xox[baprs]-|glpat-|hf_|[srp]k_live_)/, "");
}

export function findSecrets(text: string): Span[] {
  if (!PREFIX.test(text)) return [];
  const spans: Span[] = [];
  for (const m of text.matchAll(SECRET)) {
    const rule = RULES[m.slice(1).findIndex((g) => g !== undefined)];
    const body = bodyOf(m[0]);
    if (rule.mixed && !looksRandom(body)) continue;
    if (rule.digit && !/\d/.test(body)) continue;
    spans.push({ start: m.index, end: m.index + m[0].trimEnd().length });
  }
  return spans;
}
