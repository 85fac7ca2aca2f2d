import type { Db } from '@/db/client';
import { getChainHead } from '@/db/queries/chain-head';
import { getDeskTotals, getMedianTimes, getVerdictsPerDay, getWorkPerChecker, namesOf } from '@/db/queries/overview';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { CATEGORIES, CLAIM_STATUSES, VERDICT_STATUSES } from '@/lib/vocabulary';
import { dailySeries } from './overview-stats';
import { periodDays, type OverviewPeriod } from './overview-period';

type PeriodFigures = {
  perDay: Awaited<ReturnType<typeof getVerdictsPerDay>>;
  medians: Awaited<ReturnType<typeof getMedianTimes>>;
  work: Awaited<ReturnType<typeof getWorkPerChecker>>;
};

/**
 * The period figures last computed per database handle, keyed by period start and the
 * history chain's head. Every change the figures count (a status change, a publication or
 * withdrawal, an import, a deleted or restored article) writes a history row in its own
 * transaction, and every history row moves the head under its lock, so the head's sequence
 * is a version of the data: an unchanged head means unchanged figures, and the first view
 * after any change (an editor's own publish included) computes them afresh. No timer.
 */
const computed = new WeakMap<Db, Map<OverviewPeriod, { key: string; figures: PeriodFigures }>>();

async function periodFigures(db: Db, period: OverviewPeriod, since: Date): Promise<PeriodFigures> {
  // The head first: a change committed while the figures are read then only makes them newer
  // than their key, never older.
  const key = `${since.getTime()}:${(await getChainHead(db)).count}`;
  const byPeriod = computed.get(db) ?? new Map();
  computed.set(db, byPeriod);
  const hit = byPeriod.get(period);
  if (hit?.key === key) return hit.figures;
  const [perDay, medians, work] = await Promise.all([getVerdictsPerDay(db, since), getMedianTimes(db, since), getWorkPerChecker(db, since)]);
  const figures = { perDay, medians, work };
  byPeriod.set(period, { key, figures });
  return figures;
}

/**
 * Everything /overview shows above the per-article list, for one period: desk-wide totals
 * (every status and category present, zeros included), verdicts per day (a day without
 * verdicts is a zero), the median times and each person's work.
 */
export async function getOverview(db: Db, actor: Actor | null, period: OverviewPeriod, now = new Date()) {
  assertCan(actor, 'overview:read');
  const { days, since } = periodDays(period, now);
  const [totals, figures] = await Promise.all([getDeskTotals(db), periodFigures(db, period, since)]);
  // Names are read each time: renaming an account writes no desk history.
  const names = await namesOf(db, figures.work.map((w) => w.userId));
  const work = figures.work
    .map((w) => ({ ...w, name: names.get(w.userId) ?? '' }))
    .sort((a, b) => b.reviews + b.published - (a.reviews + a.published) || a.name.localeCompare(b.name));
  return {
    period,
    since,
    byStatus: CLAIM_STATUSES.map((status) => ({ key: status, n: totals.byStatus[status] ?? 0 })),
    byCategory: CATEGORIES.map((category) => ({ key: category, n: totals.byCategory[category] ?? 0 })),
    totalClaims: CLAIM_STATUSES.reduce((sum, s) => sum + (totals.byStatus[s] ?? 0), 0),
    verdictsPerDay: dailySeries(figures.perDay, days, VERDICT_STATUSES),
    medians: figures.medians,
    work,
  };
}

export type Overview = Awaited<ReturnType<typeof getOverview>>;
