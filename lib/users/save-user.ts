import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { LOCALES, ROLES, users, type User } from '@/db/schema';
import type { Db } from '@/db/client';
import { hashPassword } from '@/lib/auth/password';
import { revokeUserSessions } from '@/lib/auth/sessions';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { safeString } from '@/lib/claims/inputs';
import { DomainError, parseInput } from '@/lib/errors';
import { recordAccountEvent } from './record-account-event';

export const saveUserInput = z.object({
  email: z
    .string({ error: 'is required' })
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: 'must be an email address' })),
  name: safeString().trim().max(120, 'must be at most 120 characters').optional(),
  role: z.enum(ROLES, { error: `must be one of: ${ROLES.join(', ')}` }),
  /** Required for a new account; left out, an existing account keeps its password. */
  password: z
    .string({ error: 'must be text' })
    .max(200, 'must be at most 200 characters')
    .optional()
    .transform((v) => v || undefined)
    .pipe(z.string().min(10, 'must be at least 10 characters').optional()),
  locale: z.enum(LOCALES).nullable().optional(),
});
export type SaveUserInput = z.input<typeof saveUserInput>;

/**
 * Creates the user, or updates the role (and password, name, locale when given) of the
 * user with that email, re-enabling it. `by` is an admin in the app, or 'cli' for a trusted local script.
 */
export async function saveUser(db: Db, by: Actor | null | 'cli', input: unknown): Promise<{ user: User; created: boolean }> {
  if (by !== 'cli') assertCan(by, 'users:manage');
  const data = parseInput(saveUserInput, input);
  const passwordHash = data.password ? await hashPassword(data.password) : undefined;
  const actorId = by === 'cli' ? null : by.id;
  return db.transaction(async (tx) => {
      const at = new Date();
      const [existing] = await tx.select().from(users).where(eq(users.email, data.email));
      if (existing) {
        const [user] = await tx
          .update(users)
          .set({
            role: data.role,
            ...(passwordHash ? { passwordHash } : {}),
            disabledAt: null,
            ...(data.name ? { name: data.name } : {}),
            ...(data.locale !== undefined ? { locale: data.locale } : {}),
          })
          .where(eq(users.id, existing.id))
          .returning();
        const base = { userId: user.id, actorId, at };
        if (existing.role !== data.role) {
          await recordAccountEvent(tx, { ...base, kind: 'role_changed', payload: { from: existing.role, to: data.role } });
        }
        if (passwordHash) {
          // A password reset by an admin (a lost laptop, a leaked password) ends every session.
          await revokeUserSessions(tx, user.id, at);
          await recordAccountEvent(tx, { ...base, kind: 'password_changed', payload: {} });
        }
        if (existing.disabledAt) await recordAccountEvent(tx, { ...base, kind: 'account_enabled', payload: {} });
        return { user, created: false };
      }
      if (!passwordHash) {
        throw new DomainError('invalid_input', 'password: is required for a new account', {
          password: 'is required for a new account',
        });
      }
      const [user] = await tx
        .insert(users)
        .values({
          email: data.email,
          name: data.name || data.email.split('@')[0],
          role: data.role,
          passwordHash,
          locale: data.locale ?? null,
          createdAt: at,
        })
        .returning();
      await recordAccountEvent(tx, { kind: 'account_created', userId: user.id, actorId, at, payload: { role: user.role, email: user.email } });
      return { user, created: true };
    });
}
