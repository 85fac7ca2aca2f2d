import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db';
import { ProgressBar } from '@/components/review/progress-bar';
import { getReviewProgress } from '@/lib/articles/get-review-progress';
import { requirePermission } from '@/lib/auth/session';
import { getI18n } from '@/lib/i18n/server';
import { Pager } from '@/components/layout/pager';
import { ARTICLE_PAGE_SIZE } from '@/db/queries/article-page';
import { pageRequestOf } from '@/lib/http/page-params';
import { CLAIM_STATUSES } from '@/lib/vocabulary';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t('overview.title') };
}

export default async function OverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission('overview:read', '/overview');
  const { t, number, percent } = await getI18n();
  const page = await getReviewProgress(getDb(), actor, 'overview:read', pageRequestOf(await searchParams));
  const rows = page.rows;
  const pager = <Pager path="/overview" next={page.next} prev={page.prev} labels={{ nav: t('pager.label'), next: t('pager.next'), prev: t('pager.prev'), size: t('pager.size', { size: number(ARTICLE_PAGE_SIZE) }) }} />;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t('overview.title')}</h1>
      <p className="text-stone-600">{t('overview.intro')}</p>
      {rows.length === 0 ? (
        <p>{t('overview.empty')}</p>
      ) : (
        <div>
          <table className="stack-table w-full border-collapse text-sm" data-overview>
            <thead>
              <tr className="border-b border-stone-300 text-start">
                <th className="p-2 text-start">{t('overview.article')}</th>
                <th className="p-2 text-start">{t('overview.total')}</th>
                {CLAIM_STATUSES.map((s) => (
                  <th key={s} className="p-2 text-start">
                    {t(`status.${s}`)}
                  </th>
                ))}
                <th className="p-2 text-start">{t('overview.published')}</th>
                <th className="p-2 text-start">{t('overview.changed')}</th>
                <th className="w-48 p-2 text-start">
                  <span className="sr-only">{t('overview.progressHeading')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const label = t('overview.progress', { percent: percent(r.total ? r.judged / r.total : 0) });
                return (
                  <tr key={r.slug} className="border-b border-stone-200" data-article={r.slug}>
                    <td className="p-2" data-wide>
                      <Link href={`/review/${r.slug}`} className="text-accent underline" lang={r.language} dir="auto">
                        {r.title}
                      </Link>
                    </td>
                    <td className="p-2" data-label={t('overview.total')}>{number(r.total)}</td>
                    {CLAIM_STATUSES.map((s) => (
                      <td key={s} className="p-2" data-count={s} data-label={t(`status.${s}`)}>
                        {number(r.byStatus[s])}
                      </td>
                    ))}
                    <td className="p-2" data-count="published" data-label={t('overview.published')}>
                      {number(r.published)}
                    </td>
                    <td className="p-2" data-label={t('overview.changed')}>{number(r.changedSincePublication)}</td>
                    <td className="p-2" data-wide>
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
    </div>
  );
}
