/**
 * Slows password guessing. After `maxFailures` wrong passwords for one address within
 * `windowMs`, that address may not sign in until the oldest of those failures is `windowMs`
 * old, even with the right password, so a guesser learns nothing more in the meantime.
 *
 * Kept in memory: one server process serves the desk (its database is a local SQLite file),
 * and a restart forgetting the counts only gives a guesser five more tries.
 */
export interface SignInThrottle {
  /** Milliseconds until this address may try again; 0 when it may now. */
  retryAfter(email: string): number;
  failed(email: string): void;
  succeeded(email: string): void;
}

/** Addresses remembered at most; beyond it, those with no recent failure are forgotten first. */
const MAX_TRACKED = 10_000;

export function createSignInThrottle({ maxFailures = 5, windowMs = 15 * 60_000, now = Date.now } = {}): SignInThrottle {
  const failures = new Map<string, number[]>();
  const recent = (email: string) => (failures.get(email) ?? []).filter((t) => now() - t < windowMs);

  return {
    retryAfter(email) {
      const times = recent(email);
      if (times.length < maxFailures) return 0;
      return windowMs - (now() - times[times.length - maxFailures]);
    },
    failed(email) {
      if (failures.size >= MAX_TRACKED) {
        for (const key of failures.keys()) if (recent(key).length === 0) failures.delete(key);
      }
      failures.set(email, [...recent(email), now()].slice(-maxFailures));
    },
    succeeded(email) {
      failures.delete(email);
    },
  };
}

/**
 * The server's throttle, one per process: Next bundles route handlers (the HTTP sign-in) and
 * server actions (the form) apart, each with its own copy of this module, so it lives on
 * globalThis for both to count the same failures.
 */
const shared = globalThis as typeof globalThis & { isnadSignInThrottle?: SignInThrottle };
export const signInThrottle = (shared.isnadSignInThrottle ??= createSignInThrottle());
