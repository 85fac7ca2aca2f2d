import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestDb, createTestUser } from '@/lib/testing/test-db';
import { users } from './schema';
import { preparedQuery } from './prepared';

const nameOf = preparedQuery<{ name: string }[]>('test_user_name', (db) => db.select({ name: users.name }).from(users).where(eq(users.id, sql.placeholder('id'))));
const rename = preparedQuery<unknown>('test_user_rename', (db) => db.update(users).set({ name: sql.placeholder('name') } as never).where(eq(users.id, sql.placeholder('id'))));

describe('preparedQuery', () => {
  it('runs with new values each time, inside and outside a transaction, and sees committed changes', async () => {
    const db = await createTestDb();
    const a = await createTestUser(db, 'checker');
    const b = await createTestUser(db, 'editor');
    expect(await nameOf(db, { id: a.id })).toEqual([{ name: a.name }]);
    expect(await nameOf(db, { id: b.id })).toEqual([{ name: b.name }]);
    await db.transaction(async (tx) => {
      await rename(tx, { id: a.id, name: 'Renamed' });
      expect(await nameOf(tx, { id: a.id })).toEqual([{ name: 'Renamed' }]);
    });
    expect(await nameOf(db, { id: a.id })).toEqual([{ name: 'Renamed' }]);
    // A transaction that throws leaves nothing behind, prepared or not.
    await expect(db.transaction(async (tx) => {
      await rename(tx, { id: b.id, name: 'Lost' });
      throw new Error('refused');
    })).rejects.toThrow('refused');
    expect(await nameOf(db, { id: b.id })).toEqual([{ name: b.name }]);
  });
});
