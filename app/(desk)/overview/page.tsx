import type { Metadata } from 'next';
import { getDb } from '@/db';
import { ProgressBar } from '@/components/review/progress-bar';
import { BarTable } from '@/components/overview/bar-table';
import { DailyChart } from '@/components/overview/daily-chart';
import { StatusLegend } from '@/components/overview/status-legend';
import { getReviewProgress } from '@/lib/articles/get-review-progress';
import { requirePermission } from '@/lib/auth/session';
import { getI18n } from '@/lib/i18n/server';
import { Pager } from '@/components/layout/pager';
import { pageRequestOf } from '@/lib/http/page-params';
import { getOverview } from '@/lib/desk/get-overview';
import { OVERVIEW_PERIODS, parseOverviewPeriod } from '@/lib/desk/overview-period';
import { durationUnit } from '@/lib/desk/overview-stats';
import { CLAIM_STATUSES, VERDICT_STATUSES } from '@/lib/vocabulary';

/**
 * Articles per page of the overview's progress table: the newest few, as a glance at where the
 * desk stands (the review desk's index lists them all, 25 a page). Each row is most of a
 * view's HTML, so the overview holds fewer.
 */
const OVERVIEW_ARTICLES = 10;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t('overview.title') };
}

export default async function OverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission('overview:read', '/overview');
  const i18n = await getI18n();
  const { t, tCount, number, percent, dayMonth } = i18n;
  const params = await searchParams;
  const period = parseOverviewPeriod(params.period);
  const db = getDb();
  const [overview, page] = await Promise.all([
    getOverview(db, actor, period.days),
    getReviewProgress(db, actor, 'overview:read', { ...pageRequestOf(params), limit: OVERVIEW_ARTICLES }),
  ]);
  const rows = page.rows;
  const periodQuery = period.days === 30 && !params.period ? undefined : `period=${period.days}`;
  const pager = (
    <Pager path="/overview" query={periodQuery} next={page.next} prev={page.prev} labels={{ nav: t('pager.label'), next: t('pager.next'), prev: t('pager.prev'), size: t('pager.size', { size: number(OVERVIEW_ARTICLES) }) }} />
  );
  const duration = (ms: number | null) => {
    if (ms === null) return t('overview.noneInPeriod');
    const { unit, value } = durationUnit(ms);
    return tCount(unit === 'minutes' ? 'durationMinutes' : unit === 'hours' ? 'durationHours' : 'durationDays', value);
  };
  const perDayTotal = overview.verdictsPerDay.reduce((sum, d) => sum + d.total, 0);
  const statusNames = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, t(`status.${s}`)]));
  const section = 'card space-y-3';

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">{t('overview.title')}</h1>
        <p className="text-stone-600">{t('overview.intro')}</p>
      </div>

      <nav aria-label={t('overview.period')} className="flex flex-wrap items-center gap-2 text-sm" data-periods>
        <span className="text-stone-600">{t('overview.period')}:</span>
        {OVERVIEW_PERIODS.map((p) => (
          <a
            key={p}
            href={`/overview?period=${p}`}
            aria-current={p === period.days ? 'page' : undefined}
            className={`rounded-full border px-3 py-1 ${p === period.days ? 'border-accent bg-accent text-white' : 'border-stone-300 text-accent underline'}`}
          >
            {tCount('lastDays', p)}
          </a>
        ))}
      </nav>
      {period.refused && (
        <p role="alert" className="text-red-800">
          {t('overview.periodRefused', { period: tCount('lastDays', period.days) })}
        </p>
      )}

      <section aria-labelledby="totals-heading" className="space-y-3">
        <h2 id="totals-heading" className="text-xl font-semibold">{t('overview.totalsHeading')}</h2>
        <p className="text-stone-600" data-total-claims={overview.totalClaims}>
          {tCount('deskClaims', overview.totalClaims)}
        </p>
        <div className="grid gap-4 lg:grid-cols-2">
          <div className="card min-w-0">
            <BarTable
              id="by-status"
              caption={t('overview.byStatus')}
              nameHeading={t('overview.name')}
              valueHeading={t('overview.claims')}
              rows={overview.byStatus.map(({ key, n }) => ({ key, label: statusNames[key], value: n, display: number(n), color: `var(--color-status-${key})` }))}
            />
          </div>
          <div className="card min-w-0">
            <BarTable
              id="by-category"
              caption={t('overview.byCategory')}
              nameHeading={t('overview.name')}
              valueHeading={t('overview.claims')}
              rows={overview.byCategory.map(({ key, n }) => ({ key, label: t(`category.${key}`), value: n, display: number(n) }))}
            />
          </div>
        </div>
      </section>

      <section aria-labelledby="per-day-heading" className={section}>
        <h2 id="per-day-heading" className="text-xl font-semibold">{t('overview.perDay')}</h2>
        <DailyChart
          id="verdicts-per-day"
          title={t('overview.perDay')}
          description={t('overview.perDayDesc', { period: tCount('lastDays', period.days), total: number(perDayTotal) })}
          series={overview.verdictsPerDay}
          keys={VERDICT_STATUSES.map((v) => ({ key: v, label: t(`verdict.${v}`), color: `var(--color-status-${v})` }))}
          number={number}
          dayLabel={dayMonth}
          labels={{ day: t('overview.day'), total: t('overview.dayTotal'), asTable: t('overview.asTable'), hideTable: t('overview.hideTable'), legend: t('overview.legend') }}
          table={{ shown: params.view === 'table', showHref: `/overview?period=${period.days}&view=table#per-day-heading`, hideHref: `/overview?period=${period.days}#per-day-heading` }}
        />
      </section>

      <section aria-labelledby="times-heading" className="space-y-3">
        <h2 id="times-heading" className="text-xl font-semibold">{t('overview.timesHeading')}</h2>
        <dl className="grid gap-4 sm:grid-cols-2">
          <div className="card" data-median="verdict">
            <dt className="text-sm text-stone-600">{t('overview.toVerdict')}</dt>
            <dd className="text-2xl font-semibold">{duration(overview.medians.toVerdict)}</dd>
            <dd className="text-sm text-stone-600" data-n={overview.medians.verdictClaims}>
              {tCount('firstJudged', overview.medians.verdictClaims)}
            </dd>
          </div>
          <div className="card" data-median="publication">
            <dt className="text-sm text-stone-600">{t('overview.toPublication')}</dt>
            <dd className="text-2xl font-semibold">{duration(overview.medians.toPublication)}</dd>
            <dd className="text-sm text-stone-600" data-n={overview.medians.publishedClaims}>
              {tCount('firstPublished', overview.medians.publishedClaims)}
            </dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="work-heading" className={section}>
        <h2 id="work-heading" className="text-xl font-semibold">{t('overview.workHeading')}</h2>
        <p className="text-sm text-stone-600">{t('overview.workDesc', { period: tCount('lastDays', period.days) })}</p>
        {overview.work.length === 0 ? (
          <p>{t('overview.noWork')}</p>
        ) : (
          <table className="w-full border-collapse text-xs sm:text-sm" data-work>
            <thead>
              <tr className="border-b border-stone-300">
                <th scope="col" className="px-1 py-2 text-start sm:p-2">{t('overview.person')}</th>
                <th scope="col" className="px-1 py-2 text-start sm:p-2">{t('overview.reviews')}</th>
                <th scope="col" className="px-1 py-2 text-start sm:p-2">{t('overview.verdicts')}</th>
                <th scope="col" className="px-1 py-2 text-start sm:p-2">{t('overview.publishedWork')}</th>
              </tr>
            </thead>
            <tbody>
              {overview.work.map((w) => (
                <tr key={w.userId} className="border-b border-stone-200" data-user={w.userId}>
                  <th scope="row" className="px-1 py-2 text-start font-normal sm:p-2">
                    <bdi dir="auto">{w.name}</bdi>
                  </th>
                  <td className="px-1 py-2 sm:p-2" data-reviews={w.reviews}>{number(w.reviews)}</td>
                  <td className="px-1 py-2 sm:p-2" data-verdicts={w.verdicts}>{number(w.verdicts)}</td>
                  <td className="px-1 py-2 sm:p-2" data-published={w.published}>{number(w.published)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="articles-heading" className="space-y-3">
        <h2 id="articles-heading" className="text-xl font-semibold">{t('overview.articlesHeading')}</h2>
        <StatusLegend label={t('overview.barLegend')} names={statusNames} notStarted={t('overview.notStarted')} />
        {rows.length === 0 ? (
          <p>{t('overview.empty')}</p>
        ) : (
          <div>
            <table className="stack-table w-full border-collapse text-sm [&_td]:p-2 [&_th]:p-2 [&_th]:text-start" data-overview>
              <thead>
                <tr className="border-b border-stone-300 text-start">
                  <th>{t('overview.article')}</th>
                  <th>{t('overview.total')}</th>
                  {CLAIM_STATUSES.map((s) => (
                    <th key={s}>
                      {t(`status.${s}`)}
                    </th>
                  ))}
                  <th>{t('overview.published')}</th>
                  <th>{t('overview.changed')}</th>
                  <th className="w-48">
                    <span className="sr-only">{t('overview.progressHeading')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => {
                  const label = t('overview.progress', { percent: percent(r.total ? r.judged / r.total : 0) });
                  return (
                    <tr key={r.slug} className="border-b border-stone-200" data-article={r.slug}>
                      <td data-wide>
                        <a href={`/review/${r.slug}`} className="text-accent underline" lang={r.language} dir="auto">
                          {r.title}
                        </a>
                      </td>
                      <td data-label={t('overview.total')}>{number(r.total)}</td>
                      {CLAIM_STATUSES.map((s) => (
                        <td key={s} data-count={s} data-label={t(`status.${s}`)}>
                          {number(r.byStatus[s])}
                        </td>
                      ))}
                      <td data-count="published" data-label={t('overview.published')}>
                        {number(r.published)}
                      </td>
                      <td data-label={t('overview.changed')}>{number(r.changedSincePublication)}</td>
                      <td data-wide>
                        <ProgressBar byStatus={r.byStatus} total={r.total} label={label} />
                        <span className="text-xs text-stone-600">{label}</span>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {pager}
          </div>
        )}
      </section>
    </div>
  );
}
