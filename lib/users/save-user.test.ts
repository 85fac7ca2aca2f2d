import { describe, expect, it } from 'vitest';
import { accountEvents, users } from '@/db/schema';
import { verifyPassword } from '@/lib/auth/password';
import { createTestDb, createTestUser } from '@/lib/testing/test-db';
import { saveUser } from './save-user';
import { setUserDisabled } from './set-user-disabled';

describe('saveUser', () => {
  it('needs a password for a new account but keeps the current one when only the role changes', () => {
    const db = createTestDb();
    const admin = createTestUser(db, 'admin');
    expect(() => saveUser(db, admin, { email: 'new@example.org', role: 'checker' })).toThrow(/password: is required for a new account/);
    saveUser(db, admin, { email: 'new@example.org', role: 'checker', password: 'first password' });
    const { user, created } = saveUser(db, admin, { email: 'NEW@example.org', role: 'editor', password: '' });
    expect(created).toBe(false);
    expect(user.role).toBe('editor');
    expect(verifyPassword('first password', user.passwordHash)).toBe(true);
    expect(db.select().from(users).all()).toHaveLength(2);
  });

  it('refuses a malformed email and names the field', () => {
    const db = createTestDb();
    expect(() => saveUser(db, 'cli', { email: 'not-an-email', role: 'checker', password: 'long enough pass' })).toThrow(
      /email: must be an email address/,
    );
  });
});

describe('account history', () => {
  it('records creation, role and password changes, disabling and enabling, with who did it', () => {
    const db = createTestDb();
    const admin = createTestUser(db, 'admin');
    const { user } = saveUser(db, admin, { email: 'reem@example.org', role: 'checker', password: 'first password' });
    saveUser(db, admin, { email: 'reem@example.org', role: 'editor' });
    setUserDisabled(db, admin, { userId: user.id, disabled: true });
    setUserDisabled(db, admin, { userId: user.id, disabled: true });
    saveUser(db, 'cli', { email: 'reem@example.org', role: 'editor', password: 'second password' });
    const events = db.select().from(accountEvents).all();
    expect(events.map((e) => [e.kind, e.actorId])).toEqual([
      ['account_created', admin.id],
      ['role_changed', admin.id],
      ['account_disabled', admin.id],
      ['password_changed', null],
      ['account_enabled', null],
    ]);
    expect(() => db.$client.prepare('DELETE FROM account_events').run()).toThrow(/append-only/);
  });
});
