/**
 * Figure tracking: the shapes the pure core works on. Storage, pages and the API map their
 * rows onto these; nothing here knows about a database or Next.
 */
import type { Category, Qualifier } from '../extract';

export type Lang = 'ar' | 'en';

/** A calendar day, ISO "YYYY-MM-DD" (the article's date, a figure's period bound). */
export type Day = string;

/** One quantity in the world that claims are about. */
export interface Figure {
  id: string;
  titleAr?: string | null;
  titleEn?: string | null;
  category: Category;
  /** What is counted, as the checker wrote it (Arabic or English). */
  counted: string;
  /** countedKey(counted): comparable across Arabic and English ("killed", "killed:soldiers"). */
  countedKind: string;
  /** A place name as written; matched through the gazetteer and normalisation. */
  place?: string | null;
  /** The period the figure covers (the event), inclusive; open when absent. */
  from?: Day | null;
  to?: Day | null;
}

/** What matching needs to know about one claim; built once by claimFeatures(). */
export interface ClaimFeatures {
  claimId: string;
  articleId: string;
  articleDate: Day;
  value: number | null;
  qualifier: Qualifier | null;
  category: Category;
  /** The extractor's English label ("soldiers killed", "displaced people"). */
  counted: string;
  /** countedKey(counted). */
  countedKind: string;
  claimant: string | null;
  /** canonicalClaimant(claimant): bilingual, comparable tokens joined by spaces. */
  claimantKey: string | null;
  quote: string;
  /** Place ids (placeIds()) in the sentences where the claim is made. */
  sentencePlaces: string[];
  /** Place ids anywhere in the article. */
  articlePlaces: string[];
  /** Content-word keys of the claim's sentences (events, objects: "explosion", "depot"). */
  words: string[];
  lang: Lang;
  /** Years the claim's sentences set events in ("في حرب عام 2020"); empty for most news. */
  years: number[];
  /** The claim is a part of another claim of its article (a breakdown or "of them"): its id. */
  partOf: string | null;
  /** The figure the claim is linked to, if any. */
  figureId?: string | null;
}

/** A claim with its review state, for earlier verdicts. */
export interface JudgedClaim extends ClaimFeatures {
  /** The verdict or review status as the desk stores it ("accurate", "misleading" ...). */
  status: string;
  publishedAt?: string | null;
}

/** A figure with the claims already linked to it (the most recent, bounded). */
export interface FigureCandidate {
  figure: Figure;
  claims: ClaimFeatures[];
}

export interface Message {
  ar: string;
  en: string;
}

export type ReasonCode =
  | 'same-counted'
  | 'same-event'
  | 'related-counted'
  | 'same-category'
  | 'same-place-sentence'
  | 'same-place-article'
  | 'within-period'
  | 'close-date'
  | 'same-claimant'
  | 'near-value'
  | 'same-value'
  | 'shared-words';

export interface Reason {
  code: ReasonCode;
  message: Message;
}

export interface Suggestion {
  /** Exactly one of figureId and claimId is set. */
  figureId: string | null;
  claimId: string | null;
  score: number;
  reasons: Reason[];
}

export type WarningCode = 'sum-mismatch' | 'subset-exceeds-whole' | 'claimant-same-day-values' | 'order-of-magnitude';

export interface ConsistencyWarning {
  code: WarningCode;
  message: Message;
  claimIds: string[];
}
