import { describe, expect, it } from 'vitest';
import { RateLimited } from '@/lib/errors';
import { createTestDb } from '@/lib/testing/test-db';
import { countRequest, forgetOldCounters, readCounter } from './rate-limit';

const MINUTE = 60_000;

describe('database rate limit (fixed window)', () => {
  it('lets `limit` requests through per window, then answers with the seconds left of it', async () => {
    const db = await createTestDb();
    const t0 = 10 * MINUTE + 15_000; // 15 s into a window
    for (let i = 0; i < 3; i++) await countRequest(db, 'token:1', 3, MINUTE, t0 + i);
    const refused = await countRequest(db, 'token:1', 3, MINUTE, t0 + 5).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RateLimited);
    expect((refused as RateLimited).retryAfterSeconds).toBe(45);
    expect((refused as RateLimited).status).toBe(429);
    // Another key has its own count.
    await countRequest(db, 'token:2', 3, MINUTE, t0);
  });

  it('starts over in the next window, and keeps one row per key', async () => {
    const db = await createTestDb();
    for (let i = 0; i < 4; i++) await countRequest(db, 'address:a', 10, MINUTE, 5 * MINUTE + i);
    await countRequest(db, 'address:a', 10, MINUTE, 6 * MINUTE + 1);
    expect(await readCounter(db, 'address:a')).toMatchObject({ windowStart: 6 * MINUTE, count: 1 });
  });

  it('is shared through the database: two handles on one database count together', async () => {
    const db = await createTestDb();
    await countRequest(db, 'k', 2, MINUTE, 0);
    await Promise.all([countRequest(db, 'k', 2, MINUTE, 1), countRequest(db, 'k', 2, MINUTE, 2).catch(() => 'refused')]);
    expect((await readCounter(db, 'k'))?.count).toBe(3);
  });

  it('forgets windows long gone', async () => {
    const db = await createTestDb();
    await countRequest(db, 'old', 5, MINUTE, 0);
    await countRequest(db, 'new', 5, MINUTE, 100 * MINUTE);
    await forgetOldCounters(db, 50 * MINUTE);
    expect(await readCounter(db, 'old')).toBeNull();
    expect(await readCounter(db, 'new')).not.toBeNull();
  });
});
