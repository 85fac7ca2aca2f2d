import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { accountEvents, users, type AccountEvent } from '@/db/schema';
import type { Db } from '@/db/client';
import { assertCan, type Actor } from '@/lib/auth/permissions';

const actors = alias(users, 'actor');

/** Accounts for the admin page, each with its latest account change; never the password hashes. */
export function listUsers(db: Db, actor: Actor | null) {
  assertCan(actor, 'users:manage');
  const latest = new Map<number, AccountEvent & { actorName: string | null }>();
  for (const row of db
    .select({ event: accountEvents, actorName: actors.name })
    .from(accountEvents)
    .leftJoin(actors, eq(actors.id, accountEvents.actorId))
    .orderBy(asc(accountEvents.id))
    .all()) {
    latest.set(row.event.userId, { ...row.event, actorName: row.actorName });
  }
  return db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, disabledAt: users.disabledAt })
    .from(users)
    .orderBy(asc(users.email))
    .all()
    .map((u) => ({ ...u, lastChange: latest.get(u.id) ?? null }));
}
