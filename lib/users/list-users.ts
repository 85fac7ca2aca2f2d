import { asc } from 'drizzle-orm';
import { users } from '@/db/schema';
import type { Db } from '@/db/client';
import { assertCan, type Actor } from '@/lib/auth/permissions';

/** Accounts for the admin page; never the password hashes. */
export function listUsers(db: Db, actor: Actor | null) {
  assertCan(actor, 'users:manage');
  return db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, disabledAt: users.disabledAt })
    .from(users)
    .orderBy(asc(users.email))
    .all();
}
