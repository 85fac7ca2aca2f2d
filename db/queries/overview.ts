import { asc, count, isNull } from 'drizzle-orm';
import type { Db } from '../client';
import { CLAIM_STATUSES, claims, evidence, type ClaimStatus } from '../schema';
import { isPublishedAsIs, snapshotEvidence } from './publications';
import { listArticleHeaders } from './articles';
import { groupByClaim, publicationsOfArticles } from './publications-by-article';

export interface ArticleProgress {
  slug: string;
  title: string;
  outlet: string | null;
  language: string;
  byStatus: Record<ClaimStatus, number>;
  /** Claims that count: all but dismissed extractor mistakes. */
  total: number;
  /** Claims with a verdict (verified, disputed or unverifiable). */
  judged: number;
  published: number;
  /** Published claims whose verdict or evidence changed after the publication. */
  changedSincePublication: number;
}

/** Per article: claims by status, verdicts published, and how far the review has come. */
export async function getReviewProgress(db: Db): Promise<ArticleProgress[]> {
  const headers = await listArticleHeaders(db);
  const statusRows = await db
    .select({ articleId: claims.articleId, status: claims.status, n: count() })
    .from(claims)
    .groupBy(claims.articleId, claims.status);
  const versions = new Map(
    (await db.select({ id: claims.id, version: claims.version }).from(claims)).map((c) => [c.id, c.version]),
  );
  const evidenceByClaim = groupByClaim(await db.select().from(evidence).where(isNull(evidence.removedAt)).orderBy(asc(evidence.id)));
  const publications = await publicationsOfArticles(
    db,
    headers.map((h) => h.id),
  );
  const published = new Map<number, { published: number; changed: number }>();
  for (const rows of groupByClaim(publications).values()) {
    const current = rows[rows.length - 1];
    if (current.action !== 'publish') continue;
    const p = published.get(current.articleId) ?? { published: 0, changed: 0 };
    p.published += 1;
    const currentEvidence = snapshotEvidence(evidenceByClaim.get(current.claimId) ?? []);
    if (!isPublishedAsIs(versions.get(current.claimId) ?? 0, currentEvidence, current)) p.changed += 1;
    published.set(current.articleId, p);
  }
  return headers.map((h) => {
    const byStatus = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as Record<ClaimStatus, number>;
    for (const row of statusRows) if (row.articleId === h.id) byStatus[row.status] = row.n;
    const total = CLAIM_STATUSES.reduce((sum, s) => sum + (s === 'dismissed' ? 0 : byStatus[s]), 0);
    const judged = byStatus.verified + byStatus.disputed + byStatus.unverifiable;
    const p = published.get(h.id) ?? { published: 0, changed: 0 };
    return { slug: h.slug, title: h.title, outlet: h.outlet, language: h.language, byStatus, total, judged, published: p.published, changedSincePublication: p.changed };
  });
}
