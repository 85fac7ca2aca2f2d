/**
 * A figure with every claim about it: the desk sees all linked claims with their review
 * status; the public sees only claims whose verdict is published, as published.
 */
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { articles, figures, type Figure } from '@/db/schema';
import { claimsOfFigure } from '@/db/queries/figure-candidates';
import { latestPublications } from '@/db/queries/publications';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
import { canonicalClaimant, checkFigure, summarizeFigure, type FigureSummary } from '@/lib/figures';
import type { Qualifier } from '@/lib/vocabulary';
import { featuresOf } from './claim-features';
import type { StoredWarning } from './claim-checks';

export interface FigureRowView {
  claimId: number;
  article: { id: number; slug: string; title: string };
  date: string;
  claimant: string | null;
  value: number | null;
  qualifier: Qualifier | null;
  quote: string;
  status: string;
  publishedAt: string | null;
}

export interface FigureView {
  figure: Pick<Figure, 'id' | 'slug' | 'titleAr' | 'titleEn' | 'category' | 'counted' | 'place' | 'periodFrom' | 'periodTo'>;
  claims: FigureRowView[];
  summary: FigureSummary;
  warnings: StoredWarning[];
}

function publicFigure(f: Figure): FigureView['figure'] {
  const { id, slug, titleAr, titleEn, category, counted, place, periodFrom, periodTo } = f;
  return { id, slug, titleAr, titleEn, category, counted, place, periodFrom, periodTo };
}

async function articleTitles(db: Db, ids: number[]) {
  if (!ids.length) return new Map<number, { id: number; slug: string; title: string }>();
  const rows = await db.select({ id: articles.id, slug: articles.slug, title: articles.title }).from(articles).where(inArray(articles.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

function summarize(rows: FigureRowView[]): FigureSummary {
  return summarizeFigure(
    rows.map((r) => ({
      claimId: String(r.claimId),
      articleId: String(r.article.id),
      articleDate: r.date,
      claimant: r.claimant,
      claimantKey: canonicalClaimant(r.claimant),
      value: r.value,
      qualifier: r.qualifier,
      status: r.status,
    })),
  );
}

export async function getFigureForDesk(db: Db, actor: Actor | null, figureId: number): Promise<FigureView> {
  assertCan(actor, 'claims:read');
  const [figure] = await db.select().from(figures).where(eq(figures.id, figureId));
  if (!figure) throw new DomainError('not_found', `Figure ${figureId} does not exist.`);
  const linked = await claimsOfFigure(db, figureId);
  const [titles, publications] = await Promise.all([articleTitles(db, [...new Set(linked.map((c) => c.articleId))]), latestPublications(db, linked.map((c) => c.id))]);
  const rows = linked.map((c) => {
    const p = publications.get(c.id);
    return {
      claimId: c.id,
      article: titles.get(c.articleId)!,
      date: c.articleDate ?? '',
      claimant: c.claimantCanonical ?? c.claimant,
      value: c.value,
      qualifier: c.qualifier,
      quote: c.quote,
      status: c.status,
      publishedAt: p?.action === 'publish' ? p.publishedAt.toISOString() : null,
    };
  });
  const warnings = checkFigure(linked.map(featuresOf)).map((w) => ({ code: w.code, message: w.message, claimIds: w.claimIds.map(Number) }));
  return { figure: publicFigure(figure), claims: rows, summary: summarize(rows), warnings };
}

/** The public figure page: published verdicts only, with the claim as it was published. */
export async function getPublicFigure(db: Db, slug: string): Promise<FigureView | null> {
  const [figure] = await db.select().from(figures).where(eq(figures.slug, slug));
  if (!figure) return null;
  const linked = await claimsOfFigure(db, figure.id);
  const publications = await latestPublications(db, linked.map((c) => c.id));
  const shown = linked.filter((c) => publications.get(c.id)?.action === 'publish');
  const titles = await articleTitles(db, [...new Set(shown.map((c) => c.articleId))]);
  const rows = shown.map((c) => {
    const p = publications.get(c.id)!;
    const snap = p.claim!;
    return {
      claimId: c.id,
      article: titles.get(c.articleId)!,
      date: c.articleDate ?? '',
      claimant: snap.claimantCanonical ?? snap.claimant,
      value: snap.value,
      qualifier: snap.qualifier,
      quote: snap.quote,
      status: p.status!,
      publishedAt: p.publishedAt.toISOString(),
    };
  });
  return { figure: publicFigure(figure), claims: rows, summary: summarize(rows), warnings: [] };
}
