/**
 * Bounded candidate retrieval that a database index can serve. Every figure and every claim
 * stores retrievalKey(category, countedKind) in an indexed column; a claim's candidates are
 * the rows whose key is in candidateQuery().keys, claims further limited to a date window
 * (index on (retrieval_key, article_date)). Scoring then runs in memory on that bounded set.
 *
 *   figures: WHERE retrieval_key IN (:keys) AND (period_to IS NULL OR period_to >= :figuresEndingFrom)
 *            ORDER BY last_claim_date DESC LIMIT :figureLimit   (+ each one's latest :claimsPerFigure claims)
 *   claims:  WHERE retrieval_key IN (:keys) AND figure_id IS NULL
 *            AND article_date BETWEEN :claimsFrom AND :claimsTo
 *            ORDER BY article_date DESC LIMIT :claimLimit
 * keys null means "any key" (the extractor did not say what happened): the window is then narrower.
 */
import type { Category } from '../extract';
import { eventOf, relatedEvents } from './counted-key';
import { addDays } from './days';
import type { ClaimFeatures, Day, Figure } from './types';

export interface CandidateQuery {
  keys: string[] | null;
  claimsFrom: Day;
  claimsTo: Day;
  /** Figures whose period ended before this day are not candidates. */
  figuresEndingFrom: Day;
  figureLimit: number;
  claimsPerFigure: number;
  claimLimit: number;
}

/** The indexed key of a figure or claim: what happened, or the category when that is unknown. */
export function retrievalKey(category: Category | string, countedKind: string): string {
  return eventOf(countedKind) || `?${category}`;
}

export function figureRetrievalKey(f: Pick<Figure, 'category' | 'countedKind'>): string {
  return retrievalKey(f.category, f.countedKind);
}

/** Days back a claim's earlier claims are looked for; tolls are requoted for weeks. */
export const CLAIM_WINDOW_DAYS = 60;
const NARROW_WINDOW_DAYS = 10;

export function candidateQuery(claim: Pick<ClaimFeatures, 'category' | 'countedKind' | 'articleDate'>): CandidateQuery {
  const related = relatedEvents(claim.countedKind);
  const keys = related ? [...related, `?${claim.category}`] : claim.category === 'other' ? null : [`?${claim.category}`, ...eventsOfCategory(claim.category)];
  const back = keys ? CLAIM_WINDOW_DAYS : NARROW_WINDOW_DAYS;
  return {
    keys,
    claimsFrom: addDays(claim.articleDate, -back),
    claimsTo: addDays(claim.articleDate, 1),
    figuresEndingFrom: addDays(claim.articleDate, -365),
    figureLimit: 50,
    claimsPerFigure: 10,
    claimLimit: keys ? 500 : 300,
  };
}

/** Events a category's unnamed counts may be ("casualties" without an event: killed, injured ...). */
function eventsOfCategory(category: string): string[] {
  switch (category) {
    case 'casualties':
      return ['killed', 'injured', 'missing'];
    case 'displacement':
      return ['displaced'];
    case 'violations':
      return ['violations', 'attacks'];
    default:
      return [];
  }
}

/** The same filter in memory, for tests and for callers that hold rows already. */
export function figureMatchesQuery(q: CandidateQuery, f: Figure): boolean {
  if (q.keys && !q.keys.includes(figureRetrievalKey(f))) return false;
  return !f.to || f.to >= q.figuresEndingFrom;
}

export function claimMatchesQuery(q: CandidateQuery, c: ClaimFeatures): boolean {
  if (c.figureId) return false;
  if (q.keys && !q.keys.includes(retrievalKey(c.category, c.countedKind))) return false;
  return c.articleDate >= q.claimsFrom && c.articleDate <= q.claimsTo;
}
