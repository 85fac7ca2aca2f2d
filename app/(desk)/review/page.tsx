import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db';
import { ProgressBar } from '@/components/review/progress-bar';
import { getReviewProgress } from '@/lib/articles/get-review-progress';
import { requireUser } from '@/lib/auth/session';
import { getI18n } from '@/lib/i18n/server';
import { Pager } from '@/components/layout/pager';
import { ARTICLE_PAGE_SIZE } from '@/db/queries/article-page';
import { pageRequestOf } from '@/lib/http/page-params';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t('review.title') };
}

export default async function ReviewIndexPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireUser('/review');
  const { t, count, tCount, number } = await getI18n();
  const page = await getReviewProgress(getDb(), actor, 'claims:read', pageRequestOf(await searchParams));
  const articles = page.rows;
  const pager = <Pager path="/review" next={page.next} prev={page.prev} labels={{ nav: t('pager.label'), next: t('pager.next'), prev: t('pager.prev'), size: t('pager.size', { size: number(ARTICLE_PAGE_SIZE) }) }} />;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t('review.title')}</h1>
      <p className="text-stone-600">{t('review.intro')}</p>
      {articles.length === 0 && <p>{t('review.empty')}</p>}
      <ul className="space-y-3">
        {articles.map((a) => {
          const label = tCount('claimsJudged', a.total, { done: number(a.judged) });
          return (
            <li key={a.slug} className="card flex flex-wrap items-center gap-4" data-article={a.slug}>
              <div className="min-w-0 flex-1">
                <h2 className="font-semibold" lang={a.language} dir="auto">
                  {a.title}
                </h2>
                <p className="text-sm text-stone-600">{count('claimsJudged', a.total, { done: number(a.judged) })}</p>
                <ProgressBar byStatus={a.byStatus} total={a.total} label={label} />
              </div>
              <Link href={`/review/${a.slug}`} className="btn-primary">
                {t('review.open')}
              </Link>
            </li>
          );
        })}
      </ul>
      {pager}
    </div>
  );
}
