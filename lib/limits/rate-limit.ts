import { eq, lt, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { preparedQuery } from '@/db/prepared';
import { rateLimits } from '@/db/schema';
import { RateLimited } from '@/lib/errors';

/**
 * A fixed-window counter kept in the database, so every server process and a restart see the
 * same counts. One upsert per request: the row's window restarts when the request falls in a
 * later window than the one stored.
 */
const count = preparedQuery<{ count: number; windowStart: number }[]>('rate_limit_count', (db) =>
  db
    .insert(rateLimits)
    .values({ key: sql.placeholder('key'), windowStart: sql.placeholder('windowStart'), count: 1 } as never)
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`CASE WHEN ${rateLimits.windowStart} = excluded.window_start THEN ${rateLimits.count} + 1 ELSE 1 END`,
        windowStart: sql`excluded.window_start`,
      },
    })
    .returning({ count: rateLimits.count, windowStart: rateLimits.windowStart }),
);

export async function countRequest(db: Db, key: string, limit: number, windowMs: number, now = Date.now()): Promise<void> {
  const windowStart = now - (now % windowMs);
  // Prepared: this runs on every API request while limits are on.
  const [row] = await db.transaction((tx) => count(tx, { key, windowStart }));
  // Now and then, drop rows of long-gone windows so the table stays the size of the traffic.
  if (Math.random() < 0.001) await forgetOldCounters(db, now - 24 * 60 * 60_000);
  if (row.count > limit) {
    throw new RateLimited(Math.max(1, Math.ceil((row.windowStart + windowMs - now) / 1000)));
  }
}

/** Counters whose window started before `before` and that block nothing. */
export async function forgetOldCounters(db: Db, before: number): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(rateLimits).where(sql`${lt(rateLimits.windowStart, before)} AND (${rateLimits.blockedUntil} IS NULL OR ${rateLimits.blockedUntil} < ${before})`);
  });
}

export async function readCounter(db: Db, key: string) {
  const [row] = await db.select().from(rateLimits).where(eq(rateLimits.key, key));
  return row ?? null;
}
