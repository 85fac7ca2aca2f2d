import { describe, expect, it } from 'vitest';
import { users } from '@/db/schema';
import { verifyPassword } from '@/lib/auth/password';
import { createTestDb, createTestUser } from '@/lib/testing/test-db';
import { saveUser } from './save-user';

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
