import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { auth } from '@/auth';
import { getDb } from '@/db';
import type { Locale, TokenScope } from '@/db/schema';
import { userOfSession } from './sessions';
import { can, type Actor, type Permission } from './permissions';

export interface SessionActor extends Actor {
  locale: Locale | null;
  /** The server-side session of a browser; absent for an API token. */
  sessionId?: string;
  /** Set for an API token: `read` may not change anything. */
  tokenScope?: TokenScope;
  tokenId?: number;
}

/**
 * The signed-in user, read from the database on every request with the server-side session
 * the cookie names: sign-out, a password change, a disabled account or "sign out everywhere"
 * takes effect at once, not when the cookie expires. A cookie from before sessions existed
 * (no session id) is refused.
 */
export const getActor = cache(async (): Promise<SessionActor | null> => {
  const session = await auth();
  const id = Number(session?.user?.id);
  const sessionId = (session as { sessionId?: unknown } | null)?.sessionId;
  if (!Number.isInteger(id) || id <= 0 || typeof sessionId !== 'string') return null;
  const user = await userOfSession(getDb(), sessionId, id);
  if (!user) return null;
  return { id: user.id, role: user.role, name: user.name, email: user.email, locale: user.locale, sessionId };
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
