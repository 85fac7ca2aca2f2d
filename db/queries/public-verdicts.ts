import type { Db } from '../client';
import type { Article, PublishedClaim, PublishedEvidence, VerdictStatus } from '../schema';
import { getArticleBySlug, listArticleHeaders } from './articles';
import { groupByClaim, publicationsOfArticles } from './publications-by-article';

/** What the public may see of an article: never a draft status, never a reviewer's name. */
export type PublicArticle = Pick<
  Article,
  'slug' | 'title' | 'outlet' | 'url' | 'language' | 'publishedDate' | 'body' | 'importedAt'
>;

export interface PublicCorrection {
  at: Date;
  action: 'publish' | 'unpublish';
  status: VerdictStatus | null;
  note: string | null;
}

export interface PublicVerdict {
  claimId: number;
  status: VerdictStatus;
  rationale: string | null;
  claim: PublishedClaim;
  evidence: PublishedEvidence[];
  note: string | null;
  publishedAt: Date;
  firstPublishedAt: Date;
  /** Earlier publications and withdrawals of this claim, oldest first. */
  corrections: PublicCorrection[];
}

function currentVerdicts(db: Db, articleId: number): PublicVerdict[] {
  const verdicts: PublicVerdict[] = [];
  for (const [claimId, rows] of groupByClaim(publicationsOfArticles(db, [articleId]))) {
    const current = rows[rows.length - 1];
    if (current.action !== 'publish' || !current.status || !current.claim) continue;
    verdicts.push({
      claimId,
      status: current.status,
      rationale: current.rationale,
      claim: current.claim,
      evidence: current.evidence ?? [],
      note: current.note,
      publishedAt: current.publishedAt,
      firstPublishedAt: rows[0].publishedAt,
      corrections: rows.slice(0, -1).map((r) => ({ at: r.publishedAt, action: r.action, status: r.status, note: r.note })),
    });
  }
  return verdicts.sort((a, b) => a.claim.start - b.claim.start);
}

export function getPublicArticle(db: Db, slug: string): { article: PublicArticle; verdicts: PublicVerdict[] } | null {
  const row = getArticleBySlug(db, slug);
  if (!row) return null;
  const { slug: s, title, outlet, url, language, publishedDate, body, importedAt } = row;
  return {
    article: { slug: s, title, outlet, url, language, publishedDate, body, importedAt },
    verdicts: currentVerdicts(db, row.id),
  };
}

/** The public article list with how many verdicts of each kind are currently published. */
export function listPublicArticles(db: Db) {
  const headers = listArticleHeaders(db);
  const rows = publicationsOfArticles(
    db,
    headers.map((h) => h.id),
  );
  const counts = new Map<number, Record<VerdictStatus, number>>();
  for (const group of groupByClaim(rows).values()) {
    const current = group[group.length - 1];
    if (current.action !== 'publish' || !current.status) continue;
    const c = counts.get(current.articleId) ?? { verified: 0, disputed: 0, unverifiable: 0 };
    c[current.status] += 1;
    counts.set(current.articleId, c);
  }
  return headers.map(({ id, ...header }) => {
    const byVerdict = counts.get(id) ?? { verified: 0, disputed: 0, unverifiable: 0 };
    return { ...header, byVerdict, published: byVerdict.verified + byVerdict.disputed + byVerdict.unverifiable };
  });
}
export type PublicArticleSummary = ReturnType<typeof listPublicArticles>[number];
