import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import { rateLimitSettings } from '@/lib/config';
import { createTestDb } from '@/lib/testing/test-db';
import { hashPassword } from './password';
import { backoffAfter, createSignInThrottle } from './sign-in-throttle';
import { authenticate } from './authenticate';

const SECOND = 1000;
const settings = { ...rateLimitSettings(), enabled: true, signInFreeFailures: 5, signInBackoffMs: 30 * SECOND, signInMaxBackoffMs: 15 * 60 * SECOND };

async function setUp() {
  let clock = 1_000_000_000;
  const db = await createTestDb();
  const throttle = createSignInThrottle(db, settings, () => clock);
  const [nour, sami] = await Promise.all([hashPassword('correct horse battery'), hashPassword('another long password')]);
  await db.transaction((tx) =>
    tx.insert(users).values([
      { email: 'nour@desk.test', name: 'Nour', role: 'checker', passwordHash: nour },
      { email: 'sami@desk.test', name: 'Sami', role: 'checker', passwordHash: sami },
    ]),
  );
  const tryPassword = (email: string, password: string, address = '203.0.113.9') => authenticate(db, { email, password }, address, throttle);
  return { db, throttle, tryPassword, advance: (ms: number) => (clock += ms) };
}

describe('sign-in backoff', () => {
  it('waits 30 s after five wrong passwords in a row, then doubles, up to a quarter of an hour', () => {
    expect([4, 5, 6, 7, 10, 40].map((n) => backoffAfter(n, settings) / SECOND)).toEqual([0, 30, 60, 120, 900, 900]);
  });

  it('refuses the pair after five wrong passwords, even the right one, and says how long to wait', async () => {
    const { tryPassword, advance } = await setUp();
    for (let i = 0; i < 5; i++) expect(await tryPassword('nour@desk.test', `guess ${i}`)).toEqual({ user: null, retryAfterMs: 0 });
    advance(10 * SECOND);
    const refused = await tryPassword('nour@desk.test', 'correct horse battery');
    expect(refused).toEqual({ user: null, retryAfterMs: 20 * SECOND });
    advance(20 * SECOND);
    expect((await tryPassword('nour@desk.test', 'correct horse battery')).user?.email).toBe('nour@desk.test');
  });

  it('backs off longer with each further failure, instead of a flat lock', async () => {
    const { tryPassword, advance } = await setUp();
    for (let i = 0; i < 5; i++) await tryPassword('nour@desk.test', `guess ${i}`);
    advance(30 * SECOND);
    await tryPassword('nour@desk.test', 'sixth guess');
    expect(await tryPassword('nour@desk.test', 'seventh guess')).toEqual({ user: null, retryAfterMs: 60 * SECOND });
  });

  it('does not lock the real user out from their own address, nor another account', async () => {
    const { tryPassword } = await setUp();
    for (let i = 0; i < 8; i++) await tryPassword(i % 2 ? ' NOUR@desk.test ' : 'nour@desk.test', `guess ${i}`, '198.51.100.7');
    expect((await tryPassword('Nour@Desk.test', 'correct horse battery', '198.51.100.7')).user).toBeNull();
    expect((await tryPassword('nour@desk.test', 'correct horse battery', '203.0.113.9')).user?.name).toBe('Nour');
    expect((await tryPassword('sami@desk.test', 'another long password', '198.51.100.7')).user?.name).toBe('Sami');
  });

  it('forgets earlier failures after a successful sign-in', async () => {
    const { tryPassword } = await setUp();
    for (let i = 0; i < 4; i++) await tryPassword('nour@desk.test', `guess ${i}`);
    expect((await tryPassword('nour@desk.test', 'correct horse battery')).user).not.toBeNull();
    for (let i = 0; i < 4; i++) await tryPassword('nour@desk.test', `guess again ${i}`);
    expect((await tryPassword('nour@desk.test', 'correct horse battery')).user).not.toBeNull();
  });

  it('is stored in the database: a second throttle (another process) sees the same wait', async () => {
    const { db, tryPassword } = await setUp();
    for (let i = 0; i < 5; i++) await tryPassword('nour@desk.test', `guess ${i}`);
    expect(await createSignInThrottle(db, settings, () => 1_000_000_000).retryAfter('203.0.113.9', 'nour@desk.test')).toBeGreaterThan(0);
  });

  it('refuses a disabled account, and an unknown address, as a wrong password', async () => {
    const { db, tryPassword } = await setUp();
    await db.transaction((tx) => tx.update(users).set({ disabledAt: new Date() }).where(eq(users.email, 'sami@desk.test')));
    expect(await tryPassword('sami@desk.test', 'another long password')).toEqual({ user: null, retryAfterMs: 0 });
    expect(await tryPassword('nobody@desk.test', 'correct horse battery')).toEqual({ user: null, retryAfterMs: 0 });
  });
});
