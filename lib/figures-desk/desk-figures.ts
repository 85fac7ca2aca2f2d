/**
 * The figure side of the review desk for one article: each claim's figure, its suggestions,
 * earlier verdicts and the article's consistency warnings. Read once per desk view.
 */
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { articles, claims, figures, type Claim } from '@/db/schema';
import { articleWarnings, earlierVerdicts, type StoredEarlierVerdict, type StoredWarning } from './claim-checks';
import { suggestionsForArticle, type StoredSuggestion } from './get-suggestions';

export interface DeskFigureRef {
  id: number;
  slug: string;
  titleAr: string | null;
  titleEn: string | null;
}

export interface DeskClaimRef {
  id: number;
  quote: string;
  articleSlug: string;
  articleTitle: string;
  articleDate: string | null;
}

export interface DeskFigures {
  figures: Record<number, DeskFigureRef>;
  claims: Record<number, DeskClaimRef>;
  suggestions: Record<number, StoredSuggestion[]>;
  earlier: Record<number, StoredEarlierVerdict[]>;
  warnings: StoredWarning[];
}

export async function getDeskFigures(db: Db, articleId: number, rows: Claim[]): Promise<DeskFigures> {
  const [suggestions, warnings] = await Promise.all([suggestionsForArticle(db, articleId), articleWarnings(db, articleId)]);
  const earlier: Record<number, StoredEarlierVerdict[]> = {};
  for (const row of rows) if (row.figureId !== null) earlier[row.id] = await earlierVerdicts(db, row);
  const figureIds = new Set<number>(rows.map((r) => r.figureId).filter((id): id is number => id !== null));
  const claimIds = new Set<number>();
  for (const list of suggestions.values()) for (const s of list) s.figureId !== null ? figureIds.add(s.figureId) : claimIds.add(s.claimId!);
  const figureRows = figureIds.size
    ? await db.select({ id: figures.id, slug: figures.slug, titleAr: figures.titleAr, titleEn: figures.titleEn }).from(figures).where(inArray(figures.id, [...figureIds]))
    : [];
  const claimRows = claimIds.size
    ? await db
        .select({ id: claims.id, quote: claims.quote, articleDate: claims.articleDate, articleSlug: articles.slug, articleTitle: articles.title })
        .from(claims)
        .innerJoin(articles, eq(articles.id, claims.articleId))
        .where(inArray(claims.id, [...claimIds]))
    : [];
  return {
    figures: Object.fromEntries(figureRows.map((f) => [f.id, f])),
    claims: Object.fromEntries(claimRows.map((c) => [c.id, c])),
    suggestions: Object.fromEntries(suggestions),
    earlier,
    warnings,
  };
}
