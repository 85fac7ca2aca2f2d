import type { Db } from '@/db/client';
import { getReviewProgress as query } from '@/db/queries/overview';
import type { PageRequest } from '@/db/queries/article-page';
import { assertCan, type Actor, type Permission } from '@/lib/auth/permissions';

/**
 * Per-article progress. Checkers see it on the desk's index; editors on the overview,
 * which is why the permission is the caller's to name.
 */
export async function getReviewProgress(db: Db, actor: Actor | null, permission: Extract<Permission, 'claims:read' | 'overview:read'>, page: PageRequest = {}) {
  assertCan(actor, permission);
  return query(db, page);
}
