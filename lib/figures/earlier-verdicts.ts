/**
 * A new claim that repeats one already judged (same figure, same claimant, same value,
 * within the figure's period) is shown the earlier verdict as a starting point. Never
 * applied silently: the caller copies it into the new claim's history only when the
 * checker chooses to reuse it.
 */
import { sameClaimant } from './claimant';
import { addDays, withinPeriod } from './days';
import type { ClaimFeatures, Figure, JudgedClaim } from './types';

export interface EarlierVerdict {
  claimId: string;
  articleId: string;
  articleDate: string;
  status: string;
  publishedAt: string | null;
}

/** Reports on an event keep coming after it ends; a verdict stays relevant this long after. */
export const REPORTING_GRACE_DAYS = 30;

export function findEarlierVerdicts(claim: ClaimFeatures, judged: JudgedClaim[], figure?: Pick<Figure, 'from' | 'to'> | null): EarlierVerdict[] {
  if (!claim.figureId || claim.value === null) return [];
  const to = figure?.to ? addDays(figure.to, REPORTING_GRACE_DAYS) : null;
  return judged
    .filter(
      (j) =>
        j.claimId !== claim.claimId &&
        j.figureId === claim.figureId &&
        j.value === claim.value &&
        j.articleDate <= claim.articleDate &&
        sameClaimant(j.claimantKey, claim.claimantKey) &&
        withinPeriod(j.articleDate, figure?.from, to) &&
        withinPeriod(claim.articleDate, figure?.from, to),
    )
    .sort((a, b) => b.articleDate.localeCompare(a.articleDate) || a.claimId.localeCompare(b.claimId))
    .map((j) => ({ claimId: j.claimId, articleId: j.articleId, articleDate: j.articleDate, status: j.status, publishedAt: j.publishedAt ?? null }));
}
