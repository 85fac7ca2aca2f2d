/**
 * Maps stored claim rows onto lib/figures' shapes. Features are computed once per article at
 * import; the columns a checker can correct (value, claimant, category ...) and the figure
 * link are read from the row, so a correction counts without recomputing the article.
 */
import { articleClaimFeatures, canonicalClaimant, countedKey, FEATURES_VERSION, retrievalKey, type ClaimFeatures, type ClaimInput } from '@/lib/figures';
import type { Claim, StoredFeatures } from '@/db/schema';

type Row = Pick<Claim, 'id' | 'articleId' | 'articleDate' | 'value' | 'qualifier' | 'category' | 'counted' | 'claimant' | 'figureId' | 'features' | 'quote'>;

/** The claim's matching features as they read now. */
export function featuresOf(row: Row): ClaimFeatures {
  const f = row.features;
  const base: Omit<ClaimFeatures, 'claimId' | 'articleId'> = f ?? {
    articleDate: row.articleDate ?? '1970-01-01',
    value: null,
    qualifier: null,
    category: row.category,
    counted: row.counted,
    countedKind: countedKey(row.counted),
    claimant: row.claimant,
    claimantKey: null,
    quote: row.quote,
    sentencePlaces: [],
    articlePlaces: [],
    words: [],
    lang: 'ar',
    years: [],
    partOf: null,
  };
  const corrected = f ? row.counted !== f.written : true;
  const counted = corrected ? row.counted : base.counted;
  return {
    ...base,
    claimId: String(row.id),
    articleId: String(row.articleId),
    articleDate: row.articleDate ?? base.articleDate,
    value: row.value,
    qualifier: row.qualifier,
    category: row.category,
    counted,
    countedKind: corrected ? countedKey(row.counted) : base.countedKind,
    claimant: row.claimant,
    claimantKey: row.claimant === base.claimant ? base.claimantKey : canonicalClaimant(row.claimant),
    figureId: row.figureId === null ? null : String(row.figureId),
  };
}

/** The retrieval key a row is indexed by. */
export function retrievalKeyOf(features: Pick<ClaimFeatures, 'category' | 'countedKind'>): string {
  return retrievalKey(features.category, features.countedKind);
}

/** Features of every claim of one article, ready to store with their version. */
export function storedFeatures(
  article: { id: number; date: string; text: string; lang?: 'ar' | 'en' },
  claims: (Omit<ClaimInput, 'id'> & { id: number; countedLabel?: string })[],
): Map<number, { features: StoredFeatures; retrievalKey: string }> {
  const written = new Map(claims.map((c) => [String(c.id), c.counted]));
  const features = articleClaimFeatures(
    { id: String(article.id), date: article.date, text: article.text, lang: article.lang },
    // lib/figures' counted keys read the extractor's description ("ceasefire violations"), not the article's inflected word.
    claims.map((c) => ({ ...c, id: String(c.id), counted: c.countedLabel || c.counted })),
  );
  return new Map(
    features.map((f) => [
      Number(f.claimId),
      { features: { ...f, version: FEATURES_VERSION, written: written.get(f.claimId)! }, retrievalKey: retrievalKeyOf(f) },
    ]),
  );
}

/** A stored claim as lib/figures' ClaimInput (for the consistency checks of its article). */
export function claimInputOf(
  row: Pick<Claim, 'id' | 'quote' | 'start' | 'end' | 'value' | 'qualifier' | 'counted' | 'category' | 'claimant' | 'mentions' | 'figureId' | 'features'>,
): ClaimInput {
  return {
    id: String(row.id),
    quote: row.quote,
    start: row.start,
    end: row.end,
    value: row.value,
    qualifier: row.qualifier,
    counted: row.features && row.features.written === row.counted ? row.features.counted : row.counted,
    category: row.category,
    claimant: row.claimant,
    mentions: row.mentions,
    figureId: row.figureId === null ? null : String(row.figureId),
  };
}
