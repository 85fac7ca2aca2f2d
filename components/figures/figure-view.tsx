import Link from 'next/link';
import type { I18n } from '@/components/i18n/i18n';
import { StatusBadge } from '@/components/claims/status-badge';
import type { FigureView as FigureData } from '@/lib/figures-desk/get-figure';
import type { ClaimStatus } from '@/lib/vocabulary';
import { localizedPath } from '@/lib/public/locale-paths';
import { FigureTimeline } from './figure-timeline';

type Point = FigureData['summary']['latest'][number]['point'];

/** The figure page, desk or public: the numbers in words, the timeline, and the claims as a table. */
export function FigureView({ data, i18n, desk }: { data: FigureData; i18n: I18n; desk: boolean }) {
  const { t, locale, number, date } = i18n;
  const { figure, claims, summary } = data;
  const title = (locale === 'ar' ? figure.titleAr ?? figure.titleEn : figure.titleEn ?? figure.titleAr) ?? figure.counted;
  const value = (p: { value: number; qualifier: Point['qualifier'] }) => `${p.qualifier ? `${t(`qualifier.${p.qualifier}`)} ` : ''}${number(p.value)}`;
  const articleFor = (claimId: number) => claims.find((c) => c.claimId === claimId)?.article;
  return (
    <article className="space-y-5">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">
          <bdi dir="auto">{title}</bdi>
        </h1>
        <dl className="flex flex-wrap gap-x-4 text-sm text-stone-700">
          <div className="flex gap-1">
            <dt>{t('figures.category')}:</dt>
            <dd>{t(`category.${figure.category}`)}</dd>
          </div>
          <div className="flex gap-1">
            <dt>{t('figures.counted')}:</dt>
            <dd>
              <bdi dir="auto">{figure.counted}</bdi>
            </dd>
          </div>
          {figure.place && (
            <div className="flex gap-1">
              <dt>{t('figures.place')}:</dt>
              <dd>
                <bdi dir="auto">{figure.place}</bdi>
              </dd>
            </div>
          )}
          {(figure.periodFrom || figure.periodTo) && (
            <div className="flex gap-1">
              <dt>{t('figures.period')}:</dt>
              <dd>
                <bdi>{figure.periodFrom ? date(figure.periodFrom) : '…'}</bdi> – <bdi>{figure.periodTo ? date(figure.periodTo) : '…'}</bdi>
              </dd>
            </div>
          )}
        </dl>
        <p className="text-sm text-stone-600">
          {desk ? (
            <>
              {t('figures.deskView')}{' '}
              <a href={localizedPath(locale, `/figures/${figure.slug}`)} className="text-accent underline">
                {t('figures.publicView')}
              </a>
            </>
          ) : null}
        </p>
      </header>

      <section aria-labelledby="figure-summary" className="space-y-1">
        <h2 id="figure-summary" className="text-lg font-semibold">
          {t('figures.summary')}
        </h2>
        {summary.range ? (
          <p data-figure-summary>
            {summary.range.min === summary.range.max
              ? t('figures.singleValue', { value: number(summary.range.min) })
              : t('figures.rangeText', { min: number(summary.range.min), max: number(summary.range.max) })}{' '}
            {t('figures.latestText')}{' '}
            {summary.latest.map((l, i) => (
              <span key={i}>
                {i > 0 && (locale === 'ar' ? '؛ ' : '; ')}
                <bdi dir="auto">{l.claimant ?? t('figures.articlesThemselves')}</bdi>: <bdi>{value(l.point)}</bdi> (<bdi>{date(l.point.date)}</bdi>)
              </span>
            ))}
          </p>
        ) : (
          <p>{t('figures.noClaims')}</p>
        )}
      </section>

      {claims.length > 0 && (
        <div className="grid gap-4 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <section aria-label={t('figures.timeline')}>
            <FigureTimeline summary={summary} i18n={i18n} titleId="figure-timeline" />
          </section>
          <section aria-labelledby="figure-table" className="min-w-0">
            <h2 id="figure-table" className="mb-2 text-lg font-semibold">
              {t('figures.table')}
            </h2>
            <table className="w-full text-sm" data-figure-table>
              <thead>
                <tr className="text-start text-xs text-stone-600">
                  <th scope="col" className="pe-2 text-start">{t('figures.date')}</th>
                  <th scope="col" className="pe-2 text-start">{t('figures.claimant')}</th>
                  <th scope="col" className="pe-2 text-start">{t('figures.value')}</th>
                  <th scope="col" className="pe-2 text-start">{t('figures.article')}</th>
                  <th scope="col" className="pe-2 text-start">{t('figures.verdict')}</th>
                </tr>
              </thead>
              <tbody>
                {claims.map((c) => (
                  <tr key={c.claimId} className="border-t border-stone-200 align-top" data-figure-claim={c.claimId}>
                    <td className="pe-2 whitespace-nowrap">
                      <bdi>{date(c.date)}</bdi>
                    </td>
                    <td className="pe-2 break-words">
                      <bdi dir="auto">{c.claimant ?? t('figures.articlesThemselves')}</bdi>
                    </td>
                    <td className="pe-2">
                      <bdi>{c.value === null ? t('claim.valueNone') : value({ value: c.value, qualifier: c.qualifier })}</bdi>
                    </td>
                    <td className="pe-2 break-words">
                      {desk ? (
                        <Link href={`/review/${c.article.slug}#claim-${c.claimId}`} className="text-accent underline">
                          <bdi dir="auto">{c.article.title}</bdi>
                        </Link>
                      ) : (
                        // A plain link on the cached public page, which ships no client runtime.
                        <a href={`${localizedPath(locale, `/articles/${c.article.slug}`)}#claim-${c.claimId}`} className="text-accent underline">
                          <bdi dir="auto">{c.article.title}</bdi>
                        </a>
                      )}
                    </td>
                    <td>
                      <StatusBadge status={c.status as ClaimStatus} label={t(`status.${c.status as ClaimStatus}`)} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </div>
      )}

      {desk && data.warnings.length > 0 && (
        <section aria-labelledby="figure-warnings" className="space-y-2">
          <h2 id="figure-warnings" className="text-lg font-semibold">
            {t('figures.warnings')}
          </h2>
          <ul className="space-y-1 text-sm">
            {data.warnings.map((w) => (
              <li key={`${w.code}-${w.claimIds.join('-')}`} className="rounded border-s-4 border-amber-500 bg-amber-50 p-2" data-warning={w.code}>
                <p dir="auto">{w.message[locale]}</p>
                <p className="flex flex-wrap gap-2 text-xs">
                  {w.claimIds.map((id) => {
                    const a = articleFor(id);
                    return a ? (
                      <Link key={id} href={`/review/${a.slug}#claim-${id}`} className="text-accent underline">
                        <bdi dir="auto">{a.title}</bdi>
                      </Link>
                    ) : null;
                  })}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
