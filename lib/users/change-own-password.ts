import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { users } from '@/db/schema';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import type { Actor } from '@/lib/auth/permissions';
import { revokeUserSessions } from '@/lib/auth/sessions';
import { DomainError, parseInput } from '@/lib/errors';
import { recordAccountEvent } from './record-account-event';

const input = z.object({
  currentPassword: z.string({ error: 'is required' }).min(1, 'is required').max(200, 'must be at most 200 characters'),
  newPassword: z.string({ error: 'is required' }).min(10, 'must be at least 10 characters').max(200, 'must be at most 200 characters'),
});

/**
 * A user changes their own password, proving the current one: someone at an unlocked desk
 * cannot take the account over. Every other session of the user ends; `keepSession` (the
 * browser that made the change) stays signed in.
 */
export async function changeOwnPassword(db: Db, actor: Actor | null, raw: unknown, keepSession?: string): Promise<void> {
  if (!actor) throw new DomainError('unauthorized', 'Sign in to do this.');
  const { currentPassword, newPassword } = parseInput(input, raw);
  const [user] = await db.select().from(users).where(eq(users.id, actor.id));
  if (!user || !(await verifyPassword(currentPassword, user.passwordHash))) {
    throw new DomainError('invalid_input', 'currentPassword: is not your current password', { currentPassword: 'is not your current password' });
  }
  const passwordHash = await hashPassword(newPassword);
  await db.transaction(async (tx) => {
    const at = new Date();
    await tx.update(users).set({ passwordHash }).where(eq(users.id, actor.id));
    await revokeUserSessions(tx, actor.id, at, keepSession);
    await recordAccountEvent(tx, { kind: 'password_changed', userId: actor.id, actorId: actor.id, at, payload: {} });
  });
}
