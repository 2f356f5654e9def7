// Who runs an import. A server and the command line may both import into the same
// database file; each names itself "host:pid:nonce" and holds a lease on the import it
// runs, renewed while it runs. An import whose owner is gone is interrupted, not
// "running" forever: its lease ran out, or its process is known dead on this host.

export type Owner = { host: string; pid: number; nonce: string };

export const formatOwner = (o: Owner) => `${o.host}:${o.pid}:${o.nonce}`;

export function parseOwner(s: string | null): Owner | null {
  const m = s?.match(/^(.*):(\d+):([^:]+)$/);
  return m ? { host: m[1], pid: Number(m[2]), nonce: m[3] } : null;
}

/**
 * Whether a running import's owner is gone: no owner or no live lease, or a process of
 * this host that no longer exists. The same pid with another nonce is this very
 * process's predecessor (containers reuse pids across restarts), so it is gone too.
 */
export function ownerIsGone(lease: { owner: string | null; until: Date | null }, self: Owner, now: Date, isAlive: (pid: number) => boolean): boolean {
  const owner = parseOwner(lease.owner);
  if (!owner || !lease.until || lease.until.getTime() < now.getTime()) return true;
  if (owner.host !== self.host) return false;
  if (owner.pid === self.pid) return owner.nonce !== self.nonce;
  return !isAlive(owner.pid);
}

/** Whether a process of this host exists (signal 0 checks without sending anything). */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
