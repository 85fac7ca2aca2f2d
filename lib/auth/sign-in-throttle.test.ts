import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import { createTestDb } from '@/lib/testing/test-db';
import { hashPassword } from './password';
import { createSignInThrottle } from './sign-in-throttle';
import { authenticate } from './authenticate';

const MINUTE = 60_000;

async function setUp() {
  let clock = 1_000_000;
  const throttle = createSignInThrottle({ maxFailures: 5, windowMs: 15 * MINUTE, now: () => clock });
  const db = await createTestDb();
  const [nour, sami] = await Promise.all([hashPassword('correct horse battery'), hashPassword('another long password')]);
  await db.transaction((tx) =>
    tx.insert(users).values([
      { email: 'nour@desk.test', name: 'Nour', role: 'checker', passwordHash: nour },
      { email: 'sami@desk.test', name: 'Sami', role: 'checker', passwordHash: sami },
    ]),
  );
  const tryPassword = (email: string, password: string) => authenticate(db, { email, password }, throttle);
  return { db, tryPassword, advance: (ms: number) => (clock += ms) };
}

describe('sign-in throttling', () => {
  it('refuses an address after five wrong passwords, even the right one, and says how long to wait', async () => {
    const { tryPassword, advance } = await setUp();
    for (let i = 0; i < 5; i++) {
      expect((await tryPassword('nour@desk.test', `guess ${i}`))).toEqual({ user: null, retryAfterMs: 0 });
      advance(MINUTE);
    }
    const refused = (await tryPassword('nour@desk.test', 'correct horse battery'));
    expect(refused.user).toBeNull();
    // The first failure was five minutes ago: ten minutes are left of its quarter hour.
    expect(refused).toMatchObject({ retryAfterMs: 10 * MINUTE });
  });

  it('lets the address in again once the oldest failure has aged out of the window', async () => {
    const { tryPassword, advance } = await setUp();
    for (let i = 0; i < 5; i++) await tryPassword('nour@desk.test', `guess ${i}`);
    advance(15 * MINUTE);
    expect((await tryPassword('nour@desk.test', 'correct horse battery')).user?.email).toBe('nour@desk.test');
  });

  it('counts each address apart, matching the address as sign-in does (case and spaces)', async () => {
    const { tryPassword } = await setUp();
    for (let i = 0; i < 5; i++) await tryPassword(i % 2 ? ' NOUR@desk.test ' : 'nour@desk.test', `guess ${i}`);
    expect((await tryPassword('Nour@Desk.test', 'correct horse battery')).user).toBeNull();
    expect((await tryPassword('sami@desk.test', 'another long password')).user?.name).toBe('Sami');
  });

  it('forgets earlier failures after a successful sign-in', async () => {
    const { tryPassword } = await setUp();
    for (let i = 0; i < 4; i++) await tryPassword('nour@desk.test', `guess ${i}`);
    expect((await tryPassword('nour@desk.test', 'correct horse battery')).user).not.toBeNull();
    for (let i = 0; i < 4; i++) await tryPassword('nour@desk.test', `guess again ${i}`);
    expect((await tryPassword('nour@desk.test', 'correct horse battery')).user).not.toBeNull();
  });

  it('refuses a disabled account, and an unknown address, as a wrong password', async () => {
    const { db, tryPassword } = await setUp();
    await db.transaction((tx) => tx.update(users).set({ disabledAt: new Date() }).where(eq(users.email, 'sami@desk.test')));
    expect((await tryPassword('sami@desk.test', 'another long password'))).toEqual({ user: null, retryAfterMs: 0 });
    expect((await tryPassword('nobody@desk.test', 'correct horse battery'))).toEqual({ user: null, retryAfterMs: 0 });
  });
});
