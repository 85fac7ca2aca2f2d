import { randomBytes } from 'node:crypto';
import { and, eq, isNull, ne } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { sessions, users, type User } from '@/db/schema';

/** How long a session lasts without a request; each request (at most once a minute) extends it. */
export const SESSION_IDLE_MS = 12 * 60 * 60_000;
/** A session's last-seen time is written at most this often: a page view should not be a write. */
const TOUCH_EVERY_MS = 60_000;

/** Starts a session for a user who just proved their password; returns its id for the cookie. */
export async function createSession(db: Db, userId: number, userAgent: string | null, now = new Date()): Promise<string> {
  // 256 random bits: the id is a bearer secret inside the signed cookie, never guessable.
  const id = randomBytes(32).toString('base64url');
  await db.transaction(async (tx) => {
    await tx.insert(sessions).values({
      id,
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_IDLE_MS),
      userAgent: userAgent?.slice(0, 300) ?? null,
    });
  });
  return id;
}

/**
 * The user of a live session: the session exists, belongs to `userId` (what the cookie says),
 * is neither revoked nor expired, and its user is not disabled. Otherwise null, so a revoked
 * session ends on its very next request.
 */
export async function userOfSession(db: Db, sessionId: string, userId: number, now = new Date()): Promise<User | null> {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, sessionId));
  if (!row || row.session.userId !== userId) return null;
  const { session, user } = row;
  if (session.revokedAt || session.expiresAt.getTime() <= now.getTime() || user.disabledAt) return null;
  if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
    await db.transaction(async (tx) => {
      await tx
        .update(sessions)
        .set({ lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_IDLE_MS) })
        .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
    });
  }
  return user;
}

/** Whether a session may still be used (not revoked, not expired); the user is checked in userOfSession. */
export async function sessionIsLive(db: Db, sessionId: string, now = new Date()): Promise<boolean> {
  const [row] = await db
    .select({ revokedAt: sessions.revokedAt, expiresAt: sessions.expiresAt })
    .from(sessions)
    .where(eq(sessions.id, sessionId));
  return !!row && !row.revokedAt && row.expiresAt.getTime() > now.getTime();
}

/** Ends one session (sign-out). */
export async function revokeSession(db: Db, sessionId: string, now = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(sessions).set({ revokedAt: now }).where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
  });
}

/**
 * Ends every live session of a user, but `keep` (the browser that changed its own password
 * stays signed in); call it inside the transaction of the change that requires it.
 */
export async function revokeUserSessions(tx: Db | Tx, userId: number, now: Date, keep?: string): Promise<number> {
  const ended = await tx
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), keep ? ne(sessions.id, keep) : undefined))
    .returning({ id: sessions.id });
  return ended.length;
}
