import type { Db } from '../client';
import type { Article, PublishedClaim, PublishedEvidence, VerdictStatus } from '../schema';
import { getArticleBySlug } from './articles';
import { listArticlePage, type PageRequest } from './article-page';
import { groupByClaim, publicationsOfArticles } from './publications-by-article';

/** What the public may see of an article: never a draft status, never a reviewer's name. */
export type PublicArticle = Pick<
  Article,
  'slug' | 'title' | 'outlet' | 'url' | 'language' | 'publishedDate' | 'body' | 'importedAt'
>;

/**
 * One entry of an article's public corrections log: a verdict that replaced an earlier
 * published one, or a published verdict that was withdrawn.
 */
export interface PublicCorrection {
  claimId: number;
  at: Date;
  kind: 'corrected' | 'withdrawn';
  /** The words of the claim as last published. */
  quote: string;
  from: VerdictStatus;
  to: VerdictStatus | null;
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
  /** Set when this verdict replaced an earlier published one. */
  correctedAt: Date | null;
}

type PublicationRow = Awaited<ReturnType<typeof publicationsOfArticles>>[number];

/** Walks one claim's publications (oldest first) and names every change the public saw. */
function correctionsOf(claimId: number, rows: PublicationRow[]): PublicCorrection[] {
  const out: PublicCorrection[] = [];
  let shown: PublicationRow | null = null;
  for (const row of rows) {
    if (row.action === 'publish' && row.status && row.claim) {
      if (shown?.status) {
        out.push({ claimId, at: row.publishedAt, kind: 'corrected', quote: row.claim.quote, from: shown.status, to: row.status, note: row.note });
      }
      shown = row;
    } else if (row.action === 'unpublish' && shown?.status && shown.claim) {
      out.push({ claimId, at: row.publishedAt, kind: 'withdrawn', quote: shown.claim.quote, from: shown.status, to: null, note: row.note });
      shown = null;
    }
  }
  return out;
}

async function publicView(db: Db, articleId: number): Promise<{ verdicts: PublicVerdict[]; corrections: PublicCorrection[] }> {
  const verdicts: PublicVerdict[] = [];
  const corrections: PublicCorrection[] = [];
  for (const [claimId, rows] of groupByClaim(await publicationsOfArticles(db, [articleId]))) {
    const log = correctionsOf(claimId, rows);
    corrections.push(...log);
    const current = rows[rows.length - 1];
    if (current.action !== 'publish' || !current.status || !current.claim) continue;
    const lastChange = log.at(-1);
    verdicts.push({
      claimId,
      status: current.status,
      rationale: current.rationale,
      claim: current.claim,
      evidence: current.evidence ?? [],
      note: current.note,
      publishedAt: current.publishedAt,
      firstPublishedAt: rows[0].publishedAt,
      correctedAt: lastChange?.kind === 'corrected' && lastChange.at.getTime() === current.publishedAt.getTime() ? lastChange.at : null,
    });
  }
  return {
    verdicts: verdicts.sort((a, b) => a.claim.start - b.claim.start),
    corrections: corrections.sort((a, b) => b.at.getTime() - a.at.getTime()),
  };
}

export async function getPublicArticle(
  db: Db,
  slug: string,
): Promise<{ article: PublicArticle; verdicts: PublicVerdict[]; corrections: PublicCorrection[] } | null> {
  const row = await getArticleBySlug(db, slug);
  if (!row) return null;
  const { slug: s, title, outlet, url, language, publishedDate, body, importedAt } = row;
  return {
    article: { slug: s, title, outlet, url, language, publishedDate, body, importedAt },
    ...(await publicView(db, row.id)),
  };
}

/** One page of the public article list with how many verdicts of each kind are currently published. */
export async function listPublicArticles(db: Db, request: PageRequest = {}) {
  const page = await listArticlePage(db, request);
  // The public projection: draft statuses and the desk's counters stay out.
  const rows = page.rows.map(({ slug, title, outlet, url, language, publishedDate, importedAt, byVerdict, published }) => ({
    slug, title, outlet, url, language, publishedDate, importedAt, byVerdict, published,
  }));
  return { rows, next: page.next, prev: page.prev };
}
export type PublicArticleSummary = Awaited<ReturnType<typeof listPublicArticles>>['rows'][number];
