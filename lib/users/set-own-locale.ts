import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { LOCALES, users } from '@/db/schema';
import type { Db } from '@/db/client';
import { DomainError, parseInput } from '@/lib/errors';
import type { Actor } from '@/lib/auth/permissions';

const input = z.object({ locale: z.enum(LOCALES, { error: `must be one of: ${LOCALES.join(', ')}` }).nullable() });

/** Saves a user's interface language; null goes back to following the browser. */
export async function setOwnLocale(db: Db, actor: Actor | null, raw: unknown): Promise<void> {
  if (!actor) throw new DomainError('unauthorized', 'Sign in to save a language preference.');
  const { locale } = parseInput(input, raw);
  // Every write goes through a transaction: on SQLite that is the one writing connection.
  await db.transaction((tx) => tx.update(users).set({ locale }).where(eq(users.id, actor.id)));
}
