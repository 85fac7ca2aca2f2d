import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/db';
import { getPublicArticle } from '@/db/queries/public-verdicts';
import { ArticleText } from '@/components/articles/article-text';
import { makeI18n } from '@/components/i18n/i18n';
import { PublicHeader } from '@/components/layout/public-header';
import { ClaimReviewScripts } from '@/components/verdicts/claim-review-scripts';
import { CorrectionsLog } from '@/components/verdicts/corrections-log';
import { VerdictCard } from '@/components/verdicts/verdict-card';
import { VerdictSummary } from '@/components/verdicts/verdict-summary';
import { segmentText } from '@/lib/articles/segment-text';
import { publicFigureLinks } from '@/lib/figures-desk/public-figure-links';
import { CATALOGS } from '@/lib/i18n/catalogs';
import { ALL_PUBLIC_TAG, articleTag } from '@/lib/public-cache';
import { alternatesOf, localizedPath } from '@/lib/public/locale-paths';
import { publicPageParams, type PublicPageProps } from '@/lib/public/page-params';
import { cachedPageOrigin, tagPublicPage } from '@/lib/public/tag-page';

type Props = PublicPageProps;

// Rendered on its first request, then served from the cache until lib/public-cache.ts expires
// one of its tags; never from a timer. 'error' fails the build if anything in the page reads
// a cookie or a header, which would make it per-request again.
export const dynamic = 'error';
export const dynamicParams = true;
export const revalidate = false;
export const generateStaticParams = async () => [];

const load = cache(async (slug: string) => {
  // Tagged before the lookup, so a 404 is also expired when the article becomes public.
  await tagPublicPage([ALL_PUBLIC_TAG, articleTag(slug)]);
  return getPublicArticle(getDb(), slug);
});


export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, slug } = await publicPageParams(params);
  const found = await load(slug);
  if (!found) return {};
  const origin = cachedPageOrigin();
  const { languages, xDefault } = alternatesOf(origin, `/articles/${found.article.slug}`);
  return {
    title: found.article.title,
    alternates: { canonical: languages[lang], languages: { ...languages, 'x-default': xDefault } },
  };
}

export default async function PublicArticlePage({ params }: Props) {
  const { lang, slug } = await publicPageParams(params);
  const found = await load(slug);
  if (!found) notFound();
  const i18n = makeI18n(lang, CATALOGS[lang]);
  const origin = cachedPageOrigin();
  const { article, verdicts, corrections } = found;
  const figureLinks = await publicFigureLinks(getDb(), verdicts.map((v) => v.claimId));
  const { t, rich, date } = i18n;
  const path = `/articles/${article.slug}`;
  const byId = new Map(verdicts.map((v) => [v.claimId, v]));
  // The first span of each claim is the target the summary's "in the text" links jump to.
  const anchored = new Set<number>();
  const segments = segmentText(
    article.body,
    verdicts.map((v) => ({ claimId: v.claimId, start: v.claim.start, end: v.claim.end })),
  );

  return (
    <>
      <PublicHeader i18n={i18n} alternates={{ ar: localizedPath('ar', path), en: localizedPath('en', path) }} />
      <main id="content" className="mx-auto max-w-7xl space-y-6 px-4 py-6">
        <ClaimReviewScripts article={article} verdicts={verdicts} origin={origin} pageLanguage={lang} />
        <a href="/" className="text-sm text-accent hover:underline">
          {t('article.back')}
        </a>
        <header>
          <h1 lang={article.language} dir={article.language === 'ar' ? 'rtl' : 'ltr'} className="text-2xl font-semibold lg:text-3xl">
            {article.title}
          </h1>
          <p className="mt-2 flex flex-wrap gap-x-3 text-sm text-stone-600">
            {article.outlet && <bdi>{article.outlet}</bdi>}
            {article.publishedDate && <span>{rich('article.publishedOn', { date: date(article.publishedDate) })}</span>}
            {article.url && (
              <a href={article.url} rel="noopener noreferrer" className="text-accent underline">
                {t('article.original')}
              </a>
            )}
          </p>
        </header>
        <VerdictSummary verdicts={verdicts} i18n={i18n} articleLang={article.language} />
        <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <section aria-label={t('article.text')} className="card">
            <ArticleText
              lang={article.language}
              segments={segments}
              markFor={(ids) => {
                const v = byId.get(ids[0])!;
                const first = !anchored.has(v.claimId);
                anchored.add(v.claimId);
                return {
                  colour: `var(--color-status-${v.status})`,
                  href: `#claim-${v.claimId}`,
                  props: { title: t(`verdict.${v.status}`), ...(first ? { id: `text-claim-${v.claimId}` } : {}) },
                };
              }}
            />
          </section>
          <section aria-labelledby="verdicts-heading" className="space-y-4">
            <h2 id="verdicts-heading" className="text-xl font-semibold">
              {t('article.verdicts')}
            </h2>
            {verdicts.length === 0 && <p className="text-stone-600">{t('article.noVerdicts')}</p>}
            {verdicts.map((v) => (
              <VerdictCard key={v.claimId} verdict={v} i18n={i18n} articleLang={article.language} figure={figureLinks.get(v.claimId)} />
            ))}
            {corrections.length > 0 && <CorrectionsLog corrections={corrections} i18n={i18n} articleLang={article.language} />}
          </section>
        </div>
      </main>
    </>
  );
}
