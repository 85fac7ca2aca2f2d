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
export const FEATURES_VERSION = 2;

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

/**
 * Where a sentence turns to another source ("… 812, while the White Helmets said 1,020 …",
 * "… 18342 قتيلاً، فيما أعلنت وزارة الصحة السورية … 1387"). "فيما يتعلق" (as for) and
 * "فيما بعد" (later) are not contrasts.
 */
const CONTRAST = /[,،]?\s+(?:while|whereas|but)\s|[,،]?\s*(?:^|\s)(?:بينما|فيما(?!\s+(?:يتعلق|يخص|بعد))|في حين|لكن|غير أن)\s/gu;
const COMMA = /[,،;؛]\s/gu;
const REPORTING = /(?:^|\s)(?:و|ف)?(?:قال|قالت|أعلن|أعلنت|اعلن|اعلنت|أكد|أكدت|ذكر|ذكرت|أفاد|أفادت|أوضح|أوضحت|نقل|نقلت)\s|\b(?:said|says|reported|reports|announced|told|stated|according)\b/u;

/**
 * The part of a sentence that speaks of this claim. Left out: a contrasted part that holds
 * another claim's number and not this one's, and a part after this claim's that holds another
 * number (", a figure well above the 4,300 reported by …" describes the 4,300). A part before
 * it stays, contrast aside: "X in Stepanakert said 200 were killed, and 400 injured" sets the
 * place and source of both. A sentence with one claim is kept whole.
 */
export function ownedText(sentence: string, counts: Span[], claim: Span): string {
  const others = counts.filter((c) => c.end <= claim.start || c.start >= claim.end);
  if (!others.length) return sentence;
  const cuts = new Map<number, 'contrast' | 'comma'>();
  for (const m of sentence.matchAll(COMMA)) if (m.index! > 0) cuts.set(m.index!, 'comma');
  for (const m of sentence.matchAll(CONTRAST)) if (m.index! > 0) cuts.set(m.index!, 'contrast');
  if (!cuts.size) return sentence;
  const at = [0, ...[...cuts.keys()].sort((a, b) => a - b), sentence.length];
  const parts = at.slice(0, -1).map((a, i) => {
    const b = at[i + 1];
    return { a, b, mine: claim.start < b && a < claim.end, theirs: others.some((c) => c.start < b && a < c.end) };
  });
  const mine = parts.findIndex((p) => p.mine);
  // A claim whose span is not in this sentence (a headline mention) keeps the sentence whole.
  if (mine < 0) return sentence;
  // "… في درنة بلغ 4014 قتيلاً، فيما لا يزال 8 آلاف في عداد المفقودين" goes on with the same
  // source: only a part that names its own source ("فيما أعلنت الوزارة") leaves the rest behind.
  const turn = Math.max(0, ...at.filter((x) => x <= parts[mine].a && cuts.get(x) === 'contrast'));
  const ownSource = REPORTING.test(sentence.slice(turn, parts[mine].b));
  let out = '';
  parts.forEach((p, i) => {
    const contrasted = i < mine && ownSource && at.slice(i + 1, mine + 1).some((x) => cuts.get(x) === 'contrast');
    if (p.mine || !p.theirs || (i < mine && !contrasted)) out += `${sentence.slice(p.a, p.b)} `;
  });
  return out;
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
    const own = ownedText(s, counts, { start: claim.start - span.start, end: claim.end - span.start });
    for (const p of placeIds(own)) sentencePlaces.add(p);
    for (const w of contentWords(own)) if (!claimantWords.has(w)) words.add(w);
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
