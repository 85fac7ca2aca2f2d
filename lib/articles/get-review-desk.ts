import type { Db } from '@/db/client';
import { getArticleBySlug } from '@/db/queries/articles';
import { getDeskClaims } from '@/db/queries/review-desk';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';

/** The private view of one article: every claim, whatever its status, with its history. */
export async function getReviewDesk(db: Db, actor: Actor | null, slug: string) {
  assertCan(actor, 'claims:read');
  const article = await getArticleBySlug(db, slug);
  if (!article) throw new DomainError('not_found', `There is no article "${slug}".`);
  return { article, ...(await getDeskClaims(db, article.id)) };
}
export type ReviewDesk = Awaited<ReturnType<typeof getReviewDesk>>;
