// The provider keys this server holds, for the admin's settings page. A key never
// leaves the server: the page gets only where it comes from and its last four
// characters, enough to tell which key is in use.

export type ProviderKeyView = { provider: string; variable: string; masked: string | null };

const KEYS: { provider: string; variable: string }[] = [
  { provider: "OpenAI", variable: "OPENAI_API_KEY" },
  { provider: "Azure OpenAI", variable: "AZURE_OPENAI_API_KEY" },
];

export const maskKey = (key: string) => (key.length > 8 ? `…${key.slice(-4)}` : "…");

export function providerKeys(env: Record<string, string | undefined> = process.env): ProviderKeyView[] {
  return KEYS.map(({ provider, variable }) => {
    const key = env[variable]?.trim();
    return { provider, variable, masked: key ? maskKey(key) : null };
  });
}
