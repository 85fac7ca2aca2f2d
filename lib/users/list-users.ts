import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { accountEvents, users, type AccountEvent } from '@/db/schema';
import type { Db } from '@/db/client';
import { assertCan, type Actor } from '@/lib/auth/permissions';

const actors = alias(users, 'actor');

/** Accounts for the admin page, each with its latest account change; never the password hashes. */
export async function listUsers(db: Db, actor: Actor | null) {
  assertCan(actor, 'users:manage');
  const latest = new Map<number, AccountEvent & { actorName: string | null }>();
  const events = await db
    .select({ event: accountEvents, actorName: actors.name })
    .from(accountEvents)
    .leftJoin(actors, eq(actors.id, accountEvents.actorId))
    .orderBy(asc(accountEvents.id));
  for (const row of events) {
    latest.set(row.event.userId, { ...row.event, actorName: row.actorName });
  }
  const rows = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, disabledAt: users.disabledAt })
    .from(users)
    .orderBy(asc(users.email));
  return rows.map((u) => ({ ...u, lastChange: latest.get(u.id) ?? null }));
}
