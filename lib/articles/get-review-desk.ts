import type { Db } from '@/db/client';
import { getArticleBySlug } from '@/db/queries/articles';
import { getDeskClaims } from '@/db/queries/review-desk';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import { getDeskFigures } from '@/lib/figures-desk/desk-figures';

/** The private view of one article: every claim, whatever its status (each claim's history is loaded on selection). */
export async function getReviewDesk(db: Db, actor: Actor | null, slug: string) {
  assertCan(actor, 'claims:read');
  const article = await getArticleBySlug(db, slug);
  if (!article) throw new DomainError('not_found', `There is no article "${slug}".`);
  const desk = await getDeskClaims(db, article.id);
  return { article, ...desk, figures: await getDeskFigures(db, article.id, desk.claims) };
}
export type ReviewDesk = Awaited<ReturnType<typeof getReviewDesk>>;
