import 'server-only';
import { eq } from 'drizzle-orm';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { auth } from '@/auth';
import { getDb } from '@/db';
import { users, type Locale } from '@/db/schema';
import { can, type Actor, type Permission } from './permissions';

export interface SessionActor extends Actor {
  locale: Locale | null;
}

/**
 * The signed-in user, read from the database on every request: a role change or a
 * disabled account takes effect at once, not when the session cookie expires.
 */
export const getActor = cache(async (): Promise<SessionActor | null> => {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!Number.isInteger(id) || id <= 0) return null;
  const [user] = await getDb().select().from(users).where(eq(users.id, id));
  if (!user || user.disabledAt) return null;
  return { id: user.id, role: user.role, name: user.name, email: user.email, locale: user.locale };
});

/** For pages: the signed-in user, or a redirect to the sign-in page that comes back here. */
export async function requireUser(returnTo: string): Promise<SessionActor> {
  const actor = await getActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}

/**
 * For pages only some roles may open: the signed-in user if their role allows it; otherwise
 * the page answers 403 with app/forbidden.tsx (anonymous readers are sent to sign in first).
 */
export async function requirePermission(permission: Permission, returnTo: string): Promise<SessionActor> {
  const actor = await requireUser(returnTo);
  if (!can(actor, permission)) forbidden();
  return actor;
}
