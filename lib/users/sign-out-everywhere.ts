import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { users } from '@/db/schema';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { revokeUserSessions } from '@/lib/auth/sessions';
import { idSchema } from '@/lib/claims/inputs';
import { DomainError, parseInput } from '@/lib/errors';
import { recordAccountEvent } from './record-account-event';

const input = z.object({ userId: idSchema('a user id').optional() });

/**
 * Ends every session of a user at once (a lost laptop): their own, or, for an admin, anyone's.
 * API tokens are not sessions and stay; they are revoked one by one.
 */
export async function signOutEverywhere(db: Db, actor: Actor | null, raw: unknown = {}): Promise<{ ended: number }> {
  if (!actor) throw new DomainError('unauthorized', 'Sign in to do this.');
  const userId = parseInput(input, raw).userId ?? actor.id;
  if (userId !== actor.id) assertCan(actor, 'users:manage');
  return db.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId));
    if (!user) throw new DomainError('not_found', `User ${userId} does not exist.`);
    const at = new Date();
    const ended = await revokeUserSessions(tx, userId, at);
    await recordAccountEvent(tx, { kind: 'sessions_revoked', userId, actorId: actor.id, at, payload: { ended } });
    return { ended };
  });
}
