// Failed sign-ins counted per account and per address over a sliding window, so a
// password cannot be guessed by trying many from one place or one account from many
// places. In memory: Tuneset runs as one process, and a restart forgetting the count is
// no worse than the window running out.

export type LimiterOptions = { windowMs: number; perAccount: number; perAddress: number };

export const SIGN_IN_LIMITS: LimiterOptions = { windowMs: 15 * 60_000, perAccount: 5, perAddress: 20 };

export function createSignInLimiter(options: LimiterOptions = SIGN_IN_LIMITS, now = () => Date.now()) {
  const failures = new Map<string, number[]>();
  const recent = (key: string) => {
    const cutoff = now() - options.windowMs;
    const kept = (failures.get(key) ?? []).filter((t) => t > cutoff);
    if (kept.length) failures.set(key, kept);
    else failures.delete(key);
    return kept;
  };
  const keys = (email: string, address: string) => [`account:${email.toLowerCase()}`, `address:${address}`] as const;
  return {
    /** Minutes until another attempt is allowed, or 0 when it is allowed now. */
    waitMinutes(email: string, address: string): number {
      const [account, from] = keys(email, address);
      const waits = [
        [recent(account), options.perAccount],
        [recent(from), options.perAddress],
      ].map(([times, limit]) => {
        const list = times as number[];
        if (list.length < (limit as number)) return 0;
        return list[list.length - (limit as number)] + options.windowMs - now();
      });
      return Math.ceil(Math.max(...waits) / 60_000);
    },
    failed(email: string, address: string) {
      for (const key of keys(email, address)) failures.set(key, [...recent(key), now()]);
    },
    /** A correct password clears the account's count (not the address's). */
    succeeded(email: string) {
      failures.delete(keys(email, "")[0]);
    },
  };
}

const g = globalThis as unknown as { tunesetSignInLimiter?: ReturnType<typeof createSignInLimiter> };
export const signInLimiter = () => (g.tunesetSignInLimiter ??= createSignInLimiter());
