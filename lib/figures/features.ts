/**
 * A claim's matching features, from the article text and the claim as the extractor (or the
 * database) gives it. Article-level work (sentences, places, language) is done once per
 * article by articleContext() and shared by its claims.
 */
import type { Category, Qualifier, Span } from '../extract';
import { canonicalClaimant } from './claimant';
import { countedKey } from './counted-key';
import { placeIds } from './places';
import { breakdowns } from './consistency';
import { detectLang, sentenceAt, sentenceYears, sentences, type Sentence } from './text';
import type { ClaimFeatures, Day, Lang } from './types';
import { contentWords } from './words';

/**
 * Stored features were computed by this version of the rules (gazetteer, counted keys,
 * claimant tokens). Bump it when they change; rows with an older version are recomputed.
 */
export const FEATURES_VERSION = 1;

export interface ArticleInput {
  id: string;
  /** The article's date (publication or event date as the desk stores it). */
  date: Day;
  text: string;
  lang?: Lang;
}

/** The claim fields figure tracking reads; ExtractedClaim and a stored claim row both fit. */
export interface ClaimInput {
  id: string;
  quote: string;
  start: number;
  end: number;
  value: number | null;
  qualifier: Qualifier | null;
  counted: string;
  /** The extractor's English description of what is counted, when the claim came from it. */
  countedLabel?: string | null;
  category: Category;
  claimant: string | null;
  mentions?: Span[];
  figureId?: string | null;
}

/**
 * What is counted, in the words matching compares: the extractor's description when there is
 * one (the claim's `counted` keeps the article's own words), else what a checker wrote.
 */
export function countedText(claim: Pick<ClaimInput, 'counted' | 'countedLabel'>): string {
  return claim.countedLabel || claim.counted;
}

export interface ArticleContext {
  article: ArticleInput;
  sentences: Sentence[];
  places: string[];
  lang: Lang;
  /** Every claim mention of the article: numbers that are counts, not years. */
  counts: Span[];
}

export function articleContext(article: ArticleInput, claims: ClaimInput[] = []): ArticleContext {
  return {
    article,
    sentences: sentences(article.text),
    places: placeIds(article.text),
    lang: article.lang ?? detectLang(article.text),
    counts: claims.flatMap((c) => (c.mentions?.length ? c.mentions : [{ start: c.start, end: c.end }])),
  };
}

/** The sentences a claim is made in: one per mention (a headline restated in the body has two). */
export function claimSentences(ctx: ArticleContext, claim: ClaimInput): Sentence[] {
  const spans = claim.mentions?.length ? claim.mentions : [{ start: claim.start, end: claim.end }];
  const seen = new Set<number>();
  const out: Sentence[] = [];
  for (const m of spans) {
    const s = sentenceAt(ctx.sentences, m.start);
    if (!s || seen.has(s.start)) continue;
    seen.add(s.start);
    out.push(s);
  }
  return out.length ? out : [{ start: claim.start, end: claim.end }];
}

/** `partOf`: the id of the claim this one is a part of in its article (see articleClaimFeatures). */
export function claimFeatures(ctx: ArticleContext, claim: ClaimInput, partOf?: string | null): ClaimFeatures {
  const sents = claimSentences(ctx, claim);
  const sentencePlaces = new Set<string>();
  const words = new Set<string>();
  const claimantWords = new Set(claim.claimant ? contentWords(claim.claimant) : []);
  const years = new Set<number>();
  for (const span of sents) {
    const s = ctx.article.text.slice(span.start, span.end);
    const counts = [...ctx.counts, { start: claim.start, end: claim.end }]
      .filter((c) => c.start >= span.start && c.end <= span.end)
      .map((c) => ({ start: c.start - span.start, end: c.end - span.start }));
    for (const y of sentenceYears(s, counts)) years.add(y);
    for (const p of placeIds(s)) sentencePlaces.add(p);
    for (const w of contentWords(s)) if (!claimantWords.has(w)) words.add(w);
  }
  return {
    claimId: claim.id,
    articleId: ctx.article.id,
    articleDate: ctx.article.date,
    value: claim.value,
    qualifier: claim.qualifier,
    category: claim.category,
    counted: claim.counted,
    countedKind: countedKey(countedText(claim)),
    claimant: claim.claimant,
    claimantKey: canonicalClaimant(claim.claimant),
    quote: claim.quote,
    sentencePlaces: [...sentencePlaces],
    articlePlaces: ctx.places,
    words: [...words],
    lang: ctx.lang,
    years: [...years],
    partOf: partOf ?? null,
    figureId: claim.figureId ?? null,
  };
}

/** The claims that are parts of another claim of the same article, to the total's id. */
export function partsOf(text: string, claims: ClaimInput[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const b of breakdowns(text, claims)) for (const p of b.parts) if (!out.has(p.id)) out.set(p.id, b.total.id);
  return out;
}

/** Features of every claim of one article (use this rather than claimFeatures one by one). */
export function articleClaimFeatures(article: ArticleInput, claims: ClaimInput[]): ClaimFeatures[] {
  const ctx = articleContext(article, claims);
  const parts = partsOf(article.text, claims);
  return claims.map((c) => claimFeatures(ctx, c, parts.get(c.id)));
}
