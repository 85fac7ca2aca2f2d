import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { rateLimits } from '@/db/schema';
import { rateLimitSettings, type RateLimitSettings } from '@/lib/config';

/**
 * Slows password guessing, per address AND account: after `signInFreeFailures` wrong
 * passwords in a row from one address for one account, that pair waits `signInBackoffMs`,
 * doubling with each further failure up to `signInMaxBackoffMs`. A guesser elsewhere cannot
 * lock a real user out (their own address is another pair), and nobody is locked for good.
 * Kept in the database, so restarts and other server processes see the same counts.
 */
export interface SignInThrottle {
  /** Milliseconds until this pair may try again; 0 when it may now. */
  retryAfter(address: string, email: string): Promise<number>;
  failed(address: string, email: string): Promise<void>;
  succeeded(address: string, email: string): Promise<void>;
}

/** Failures this old are forgotten: the next one counts as the first. */
const FORGET_AFTER_MS = 24 * 60 * 60_000;

const keyOf = (address: string, email: string) => `signin:${address}|${email.toLowerCase()}`;

/** The wait after the `failures`-th wrong password in a row. */
export function backoffAfter(failures: number, s: Pick<RateLimitSettings, 'signInFreeFailures' | 'signInBackoffMs' | 'signInMaxBackoffMs'>): number {
  if (failures < s.signInFreeFailures) return 0;
  return Math.min(s.signInMaxBackoffMs, s.signInBackoffMs * 2 ** Math.min(30, failures - s.signInFreeFailures));
}

export function createSignInThrottle(db: Db, settings: RateLimitSettings = rateLimitSettings(), now = Date.now): SignInThrottle {
  return {
    async retryAfter(address, email) {
      if (!settings.enabled) return 0;
      const [row] = await db.select().from(rateLimits).where(eq(rateLimits.key, keyOf(address, email)));
      return row?.blockedUntil ? Math.max(0, row.blockedUntil - now()) : 0;
    },
    async failed(address, email) {
      if (!settings.enabled) return;
      const at = now();
      await db.transaction(async (tx) => {
        // The increment is one atomic upsert, so concurrent wrong guesses all count.
        const [row] = await tx
          .insert(rateLimits)
          .values({ key: keyOf(address, email), windowStart: at, count: 1 })
          .onConflictDoUpdate({
            target: rateLimits.key,
            set: {
              count: sql`CASE WHEN ${rateLimits.windowStart} < ${at - FORGET_AFTER_MS} THEN 1 ELSE ${rateLimits.count} + 1 END`,
              windowStart: sql`excluded.window_start`,
            },
          })
          .returning({ count: rateLimits.count });
        const wait = backoffAfter(row.count, settings);
        if (wait > 0) await tx.update(rateLimits).set({ blockedUntil: at + wait }).where(eq(rateLimits.key, keyOf(address, email)));
      });
    },
    async succeeded(address, email) {
      if (!settings.enabled) return;
      await db.transaction(async (tx) => {
        await tx.delete(rateLimits).where(eq(rateLimits.key, keyOf(address, email)));
      });
    },
  };
}
