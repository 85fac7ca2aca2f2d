import Link from 'next/link';
import { getReadDb } from '@/db';
import { listPublicArticles } from '@/db/queries/public-verdicts';
import { StatusBadge } from '@/components/claims/status-badge';
import { VERDICTS } from '@/lib/claims/status';
import { getI18n } from '@/lib/i18n/server';
import { Pager } from '@/components/layout/pager';
import { ARTICLE_PAGE_SIZE } from '@/db/queries/article-page';
import { pageRequestOf } from '@/lib/http/page-params';

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { t, count, number, date, locale } = await getI18n();
  const page = await listPublicArticles(getReadDb(), pageRequestOf(await searchParams));
  const articles = page.rows;
  const pager = <Pager path="/" next={page.next} prev={page.prev} labels={{ nav: t('pager.label'), next: t('pager.next'), prev: t('pager.prev'), size: t('pager.size', { size: number(ARTICLE_PAGE_SIZE) }) }} />;
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-semibold">{t('home.title')}</h1>
        <p className="mt-2 max-w-2xl text-stone-600">{t('home.intro')}</p>
      </header>
      {articles.length === 0 && <p>{t('home.empty')}</p>}
      <ul className="grid gap-4 md:grid-cols-2">
        {articles.map((a) => (
          <li key={a.slug} className="card" data-article={a.slug}>
            <h2 lang={a.language} dir={a.language === 'ar' ? 'rtl' : 'ltr'} className="text-xl font-semibold">
              <Link href={`/${locale}/articles/${a.slug}`} className="hover:underline">
                {a.title}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-stone-600">
              {a.outlet && <bdi>{a.outlet}</bdi>}
              {a.outlet && a.publishedDate && ' · '}
              {a.publishedDate && <bdi>{date(a.publishedDate)}</bdi>}
            </p>
            <p className="mt-3 text-sm" data-published-count={a.published}>
              {a.published > 0 ? count('publishedVerdicts', a.published) : t('home.noneYet')}
            </p>
            {a.published > 0 && (
              <div className="mt-2 flex flex-wrap gap-2">
                {VERDICTS.filter((v) => a.byVerdict[v] > 0).map((v) => (
                  <StatusBadge key={v} status={v} label={`${t(`verdict.${v}`)}: ${number(a.byVerdict[v])}`} />
                ))}
              </div>
            )}
          </li>
        ))}
      </ul>
      {pager}
    </div>
  );
}
