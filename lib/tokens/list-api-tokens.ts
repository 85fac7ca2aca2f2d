import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { apiTokens } from '@/db/schema';
import { assertCan, type Actor } from '@/lib/auth/permissions';

export interface ApiTokenView {
  id: number;
  name: string;
  scope: 'read' | 'write';
  createdAt: Date;
  lastUsedAt: Date | null;
}

/** The acting user's live tokens, newest first; never a secret or its hash. */
export async function listApiTokens(db: Db, actor: Actor | null): Promise<ApiTokenView[]> {
  assertCan(actor, 'tokens:manage');
  return db
    .select({ id: apiTokens.id, name: apiTokens.name, scope: apiTokens.scope, createdAt: apiTokens.createdAt, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, actor.id), isNull(apiTokens.revokedAt)))
    .orderBy(desc(apiTokens.id));
}
