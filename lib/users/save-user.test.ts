import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { executeRaw } from '@/db/client';
import { accountEvents, users } from '@/db/schema';
import { verifyPassword } from '@/lib/auth/password';
import { expectDatabaseError } from '@/lib/testing/database-error';
import { createTestDb, createTestUser } from '@/lib/testing/test-db';
import { saveUser } from './save-user';
import { setUserDisabled } from './set-user-disabled';

describe('saveUser', () => {
  it('needs a password for a new account but keeps the current one when only the role changes', async () => {
    const db = await createTestDb();
    const admin = await createTestUser(db, 'admin');
    await expect(saveUser(db, admin, { email: 'new@example.org', role: 'checker' })).rejects.toThrow(/password: is required for a new account/);
    await saveUser(db, admin, { email: 'new@example.org', role: 'checker', password: 'first password' });
    const { user, created } = await saveUser(db, admin, { email: 'NEW@example.org', role: 'editor', password: '' });
    expect(created).toBe(false);
    expect(user.role).toBe('editor');
    expect(await verifyPassword('first password', user.passwordHash)).toBe(true);
    expect((await db.select().from(users))).toHaveLength(2);
  });

  it('refuses a malformed email and names the field', async () => {
    const db = await createTestDb();
    await expect(saveUser(db, 'cli', { email: 'not-an-email', role: 'checker', password: 'long enough pass' })).rejects.toThrow(
      /email: must be an email address/,
    );
  });
});

describe('account history', () => {
  it('records creation, role and password changes, disabling and enabling, with who did it', async () => {
    const db = await createTestDb();
    const admin = await createTestUser(db, 'admin');
    const { user } = await saveUser(db, admin, { email: 'reem@example.org', role: 'checker', password: 'first password' });
    await saveUser(db, admin, { email: 'reem@example.org', role: 'editor' });
    await setUserDisabled(db, admin, { userId: user.id, disabled: true });
    await setUserDisabled(db, admin, { userId: user.id, disabled: true });
    await saveUser(db, 'cli', { email: 'reem@example.org', role: 'editor', password: 'second password' });
    const events = (await db.select().from(accountEvents));
    expect(events.map((e) => [e.kind, e.actorId])).toEqual([
      ['account_created', admin.id],
      ['role_changed', admin.id],
      ['account_disabled', admin.id],
      ['password_changed', null],
      ['account_enabled', null],
    ]);
    await expectDatabaseError(db.transaction((tx) => executeRaw(tx, sql`DELETE FROM account_events`)), /append-only/);
  });
});
