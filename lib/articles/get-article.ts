import type { Db } from '@/db/client';
import { getArticleBySlug } from '@/db/queries/articles';
import { getDeskClaims } from '@/db/queries/review-desk';
import { getPublicArticle } from '@/db/queries/public-verdicts';
import { can, type Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';

/**
 * An article for the API. Anonymous callers get the public projection (published verdicts
 * only); reviewers get every claim with its status and version.
 */
export async function getArticle(db: Db, actor: Actor | null, slug: string) {
  if (!can(actor, 'claims:read')) {
    const found = await getPublicArticle(db, slug);
    if (!found) throw new DomainError('not_found', `There is no article "${slug}".`);
    return {
      article: found.article,
      claims: found.verdicts.map((v) => ({
        id: v.claimId,
        ...v.claim,
        verdict: { status: v.status, explanation: v.explanation, evidence: v.evidence, note: v.note, publishedAt: v.publishedAt },
      })),
      corrections: found.corrections,
    };
  }
  const article = await getArticleBySlug(db, slug);
  if (!article) throw new DomainError('not_found', `There is no article "${slug}".`);
  const { bodyHash: _hash, ...fields } = article;
  const { claims } = await getDeskClaims(db, article.id);
  return {
    article: fields,
    claims: claims.map(({ historyHead: _head, evidence, publication, ...claim }) => ({
      ...claim,
      evidence: evidence.filter((e) => !e.removedAt),
      publication: publication && {
        action: publication.action,
        status: publication.status,
        publishedAt: publication.publishedAt,
        claimVersion: publication.claimVersion,
      },
    })),
  };
}
