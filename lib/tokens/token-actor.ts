import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { preparedQuery } from '@/db/prepared';
import { apiTokens, users, type Locale } from '@/db/schema';
import type { Actor } from '@/lib/auth/permissions';
import type { TokenScope } from '@/lib/vocabulary';
import { hashTokenSecret, TOKEN_PREFIX } from './token-secret';

/** Last-used time is written at most this often: a busy integration should not write per call. */
const TOUCH_EVERY_MS = 60_000;

export interface TokenActor extends Actor {
  locale: Locale | null;
  tokenId: number;
  tokenScope: TokenScope;
}

/**
 * The owner of a bearer token, acting with the token's scope; null for an unknown or revoked
 * token or a disabled owner. The owner's current role counts, so a demotion applies at once.
 */
const tokenByHash = preparedQuery<{ token: typeof apiTokens.$inferSelect; user: typeof users.$inferSelect }[]>('token_by_hash', (db) =>
  db
    .select({ token: apiTokens, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.tokenHash, sql.placeholder('hash'))),
);

export async function actorOfToken(db: Db, secret: string, now = new Date()): Promise<TokenActor | null> {
  if (!secret.startsWith(TOKEN_PREFIX) || secret.length > 200) return null;
  const [row] = await tokenByHash(db, { hash: hashTokenSecret(secret) });
  if (!row || row.token.revokedAt || row.user.disabledAt) return null;
  const { token, user } = row;
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= TOUCH_EVERY_MS) {
    await db.transaction(async (tx) => {
      await tx.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, token.id));
    });
  }
  return { id: user.id, role: user.role, name: user.name, email: user.email, locale: user.locale, tokenId: token.id, tokenScope: token.scope };
}
