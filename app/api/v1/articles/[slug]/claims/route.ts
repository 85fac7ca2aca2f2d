import { getArticleBySlug } from '@/db/queries/articles';
import { addClaim } from '@/lib/claims/add-claim';
import { DomainError } from '@/lib/errors';
import { apiRoute } from '@/lib/http/api';

export const POST = apiRoute<{ slug: string }>(async ({ body, db, actor, params }) => {
  const article = await getArticleBySlug(db, params.slug);
  if (!article) throw new DomainError('not_found', `There is no article "${params.slug}".`);
  return Response.json({ claim: await addClaim(db, actor, { ...body, articleId: article.id }) }, { status: 201 });
});
