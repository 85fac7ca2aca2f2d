import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { users } from '@/db/schema';
import type { Db } from '@/db/client';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { revokeUserSessions } from '@/lib/auth/sessions';
import { idSchema } from '@/lib/claims/inputs';
import { DomainError, parseInput } from '@/lib/errors';
import { recordAccountEvent } from './record-account-event';

const input = z.object({
  userId: idSchema('a user id'),
  disabled: z.boolean({ error: 'must be true or false' }),
});

/**
 * Disables or re-enables an account. Accounts are never deleted: their names stay on the
 * history rows they wrote. An admin cannot lock themselves out.
 */
export async function setUserDisabled(db: Db, actor: Actor | null, raw: unknown): Promise<void> {
  assertCan(actor, 'users:manage');
  const { userId, disabled } = parseInput(input, raw);
  if (userId === actor.id && disabled) {
    throw new DomainError('invalid_input', 'userId: you cannot disable your own account', { userId: 'is you' });
  }
  await db.transaction(async (tx) => {
      const [user] = await tx.select().from(users).where(eq(users.id, userId));
      if (!user) throw new DomainError('not_found', `User ${userId} does not exist.`);
      if (!!user.disabledAt === disabled) return;
      const at = new Date();
      await tx.update(users)
        .set({ disabledAt: disabled ? at : null })
        .where(eq(users.id, userId));
      // Disabling also ends the sessions, so re-enabling later does not revive them.
      if (disabled) await revokeUserSessions(tx, userId, at);
      await recordAccountEvent(tx, { kind: disabled ? 'account_disabled' : 'account_enabled', userId, actorId: actor.id, at, payload: {} });
    });
}
