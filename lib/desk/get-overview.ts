import type { Db } from '@/db/client';
import { getDeskTotals, getMedianTimes, getVerdictsPerDay, getWorkPerChecker } from '@/db/queries/overview';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { CATEGORIES, CLAIM_STATUSES, VERDICT_STATUSES } from '@/lib/vocabulary';
import { dailySeries } from './overview-stats';
import { periodDays, type OverviewPeriod } from './overview-period';

/**
 * Everything /overview shows above the per-article list, for one period: desk-wide totals
 * (every status and category present, zeros included), verdicts per day (a day without
 * verdicts is a zero), the median times and each person's work.
 */
export async function getOverview(db: Db, actor: Actor | null, period: OverviewPeriod, now = new Date()) {
  assertCan(actor, 'overview:read');
  const { days, since } = periodDays(period, now);
  const [totals, perDay, medians, work] = await Promise.all([
    getDeskTotals(db),
    getVerdictsPerDay(db, since),
    getMedianTimes(db, since),
    getWorkPerChecker(db, since),
  ]);
  return {
    period,
    since,
    byStatus: CLAIM_STATUSES.map((status) => ({ key: status, n: totals.byStatus[status] ?? 0 })),
    byCategory: CATEGORIES.map((category) => ({ key: category, n: totals.byCategory[category] ?? 0 })),
    totalClaims: CLAIM_STATUSES.reduce((sum, s) => sum + (totals.byStatus[s] ?? 0), 0),
    verdictsPerDay: dailySeries(perDay, days, VERDICT_STATUSES),
    medians,
    work,
  };
}

export type Overview = Awaited<ReturnType<typeof getOverview>>;
