import { sqlite } from "../client";
import { sqliteTimestamp } from "../imports/conversation-writer";
import { limiterAddress, limiterEmail, SIGN_IN_LIMITS, signInWaitMs, type SignInLimits } from "../../auth/sign-in-policy";

// The one limiter in front of every password check (lib/services/auth/sign-in-hooks.ts runs it
// around the library's sign-in, however it is reached), keeping its count in the
// database: a restart forgets nothing, and servers sharing the database share it.
// An attempt is counted as failed when it starts and forgiven when it succeeds, so many
// attempts sent at once are counted before any of them is checked. The check and the
// count are one IMMEDIATE transaction on the raw handle: no other connection or process
// can slip an attempt in between.

const iso = (ms: number) => sqliteTimestamp(new Date(ms));
const times = (rows: unknown[]) => (rows as { at: string }[]).map((r) => Date.parse(r.at));

function recentFailures(email: string, address: string, now: number, limits: SignInLimits) {
  const db = sqlite();
  const since = iso(now - limits.windowMs);
  const knownSince = iso(now - limits.knownAddressMs);
  return {
    accountAndAddress: times(
      db
        .prepare(`SELECT at FROM SignInFailure WHERE email = ? AND address = ? AND at > ? ORDER BY at DESC LIMIT ?`)
        .all(email, address, since, limits.perAccountAndAddress),
    ),
    address: times(db.prepare(`SELECT at FROM SignInFailure WHERE address = ? AND at > ? ORDER BY at DESC LIMIT ?`).all(address, since, limits.perAddress)),
    accountFromNewAddresses: times(
      db
        .prepare(
          `SELECT f.at FROM SignInFailure f WHERE f.email = ? AND f.at > ?
             AND NOT EXISTS (SELECT 1 FROM SignInAddress k WHERE k.email = f.email AND k.address = f.address AND k.lastAt > ?)
           ORDER BY f.at DESC LIMIT ?`,
        )
        .all(email, since, knownSince, limits.perAccountFromNewAddresses),
    ),
    knownAddress: db.prepare(`SELECT 1 FROM SignInAddress WHERE email = ? AND address = ? AND lastAt > ?`).get(email, address, knownSince) !== undefined,
  };
}

/**
 * Before a password is checked: the milliseconds to wait when a limit holds (nothing is
 * counted then), or 0 after counting the attempt as failed until `signInSucceeded`.
 */
export function startSignIn(email: unknown, address: string, now = Date.now(), limits = SIGN_IN_LIMITS): number {
  const who = limiterEmail(email);
  const from = limiterAddress(address);
  const db = sqlite();
  return db
    .transaction(() => {
      // Rows that no rule reads any more.
      db.prepare(`DELETE FROM SignInFailure WHERE at <= ?`).run(iso(now - limits.windowMs));
      const wait = signInWaitMs(recentFailures(who, from, now, limits), now, limits);
      if (wait === 0) db.prepare(`INSERT INTO SignInFailure (email, address, at) VALUES (?, ?, ?)`).run(who, from, iso(now));
      return wait;
    })
    .immediate();
}

/** After a correct password: forgets this account's failures from this address and remembers the address. */
export function signInSucceeded(email: unknown, address: string, now = Date.now(), limits = SIGN_IN_LIMITS): void {
  const who = limiterEmail(email);
  const from = limiterAddress(address);
  const db = sqlite();
  db.transaction(() => {
    db.prepare(`DELETE FROM SignInFailure WHERE email = ? AND address = ?`).run(who, from);
    db.prepare(`INSERT INTO SignInAddress (email, address, lastAt) VALUES (?, ?, ?) ON CONFLICT (email, address) DO UPDATE SET lastAt = excluded.lastAt`).run(
      who,
      from,
      iso(now),
    );
    db.prepare(`DELETE FROM SignInAddress WHERE lastAt <= ?`).run(iso(now - limits.knownAddressMs));
  }).immediate();
}
