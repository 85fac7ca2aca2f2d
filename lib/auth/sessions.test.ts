import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { accountEvents, sessions, users } from '@/db/schema';
import { createTestDb, createTestUser } from '@/lib/testing/test-db';
import { saveUser } from '@/lib/users/save-user';
import { setUserDisabled } from '@/lib/users/set-user-disabled';
import { changeOwnPassword } from '@/lib/users/change-own-password';
import { signOutEverywhere } from '@/lib/users/sign-out-everywhere';
import { hashPassword } from './password';
import { createSession, revokeSession, SESSION_IDLE_MS, userOfSession } from './sessions';

describe('server-side sessions', () => {
  it('a live session names its user; a revoked, expired, unknown or borrowed one names nobody', async () => {
    const db = await createTestDb();
    const nour = await createTestUser(db, 'checker');
    const sami = await createTestUser(db, 'checker');
    const t0 = new Date('2026-01-01T10:00:00Z');
    const sid = await createSession(db, nour.id, 'Firefox', t0);
    expect((await userOfSession(db, sid, nour.id, t0))?.id).toBe(nour.id);
    expect(await userOfSession(db, sid, sami.id, t0)).toBeNull();
    expect(await userOfSession(db, 'no-such-session', nour.id, t0)).toBeNull();
    expect(await userOfSession(db, sid, nour.id, new Date(t0.getTime() + SESSION_IDLE_MS))).toBeNull();
    await revokeSession(db, sid);
    expect(await userOfSession(db, sid, nour.id, t0)).toBeNull();
  });

  it('each request (at most once a minute) pushes the idle expiry forward', async () => {
    const db = await createTestDb();
    const nour = await createTestUser(db, 'checker');
    const t0 = new Date('2026-01-01T10:00:00Z');
    const sid = await createSession(db, nour.id, null, t0);
    const later = new Date(t0.getTime() + SESSION_IDLE_MS - 1000);
    expect(await userOfSession(db, sid, nour.id, later)).not.toBeNull();
    expect(await userOfSession(db, sid, nour.id, new Date(later.getTime() + SESSION_IDLE_MS - 1000))).not.toBeNull();
    const [row] = await db.select().from(sessions).where(eq(sessions.id, sid));
    expect(row.lastSeenAt.getTime()).toBe(later.getTime() + SESSION_IDLE_MS - 1000);
  });

  it('a password change needs the current password and ends every other session, not this one', async () => {
    const db = await createTestDb();
    const nour = await createTestUser(db, 'checker');
    const hash = await hashPassword('the old password');
    await db.transaction((tx) => tx.update(users).set({ passwordHash: hash }).where(eq(users.id, nour.id)));
    const [here, laptop] = [await createSession(db, nour.id, 'here'), await createSession(db, nour.id, 'lost laptop')];
    await expect(changeOwnPassword(db, nour, { currentPassword: 'a wrong guess', newPassword: 'a brand new password' }, here)).rejects.toThrow(
      /currentPassword: is not your current password/,
    );
    expect(await userOfSession(db, laptop, nour.id)).not.toBeNull();
    await changeOwnPassword(db, nour, { currentPassword: 'the old password', newPassword: 'a brand new password' }, here);
    expect(await userOfSession(db, here, nour.id)).not.toBeNull();
    expect(await userOfSession(db, laptop, nour.id)).toBeNull();
    const kinds = (await db.select().from(accountEvents).where(eq(accountEvents.userId, nour.id))).map((e) => e.kind);
    expect(kinds).toContain('password_changed');
  });

  it("an admin signs a user out everywhere; a checker may only sign themselves out", async () => {
    const db = await createTestDb();
    const admin = await createTestUser(db, 'admin');
    const nour = await createTestUser(db, 'checker');
    const sids = [await createSession(db, nour.id, 'a'), await createSession(db, nour.id, 'b')];
    await expect(signOutEverywhere(db, nour, { userId: admin.id })).rejects.toThrow(/may not do this/);
    expect(await signOutEverywhere(db, admin, { userId: nour.id })).toEqual({ ended: 2 });
    for (const sid of sids) expect(await userOfSession(db, sid, nour.id)).toBeNull();
    const [event] = await db.select().from(accountEvents).where(eq(accountEvents.kind, 'sessions_revoked'));
    expect(event).toMatchObject({ userId: nour.id, actorId: admin.id, payload: { ended: 2 } });
  });

  it('disabling an account or resetting its password ends its sessions for good', async () => {
    const db = await createTestDb();
    const admin = await createTestUser(db, 'admin');
    const nour = await createTestUser(db, 'checker');
    const first = await createSession(db, nour.id, null);
    await setUserDisabled(db, admin, { userId: nour.id, disabled: true });
    await setUserDisabled(db, admin, { userId: nour.id, disabled: false });
    expect(await userOfSession(db, first, nour.id)).toBeNull();
    const second = await createSession(db, nour.id, null);
    await saveUser(db, admin, { email: nour.email, role: 'checker', password: 'reset by the admin' });
    expect(await userOfSession(db, second, nour.id)).toBeNull();
  });
});
