import { asc, isNull } from 'drizzle-orm';
import type { Db } from '../client';
import { users } from '../schema';

/** Active accounts a claim can be assigned to, by name: the desk's short list. */
export async function listAssignableUsers(db: Db) {
  return db.select({ id: users.id, name: users.name }).from(users).where(isNull(users.disabledAt)).orderBy(asc(users.name), asc(users.id));
}
