import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getDb } from '@/db';
import { getPublicArticle } from '@/db/queries/public-verdicts';
import { ArticleText } from '@/components/articles/article-text';
import { ClaimReviewScripts } from '@/components/verdicts/claim-review-scripts';
import { CorrectionsLog } from '@/components/verdicts/corrections-log';
import { VerdictCard } from '@/components/verdicts/verdict-card';
import { VerdictSummary } from '@/components/verdicts/verdict-summary';
import { segmentText } from '@/lib/articles/segment-text';
import { config } from '@/lib/config';
import { publicFigureLinks } from '@/lib/figures-desk/public-figure-links';
import { publicOrigin } from '@/lib/http/origin';
import { getI18n } from '@/lib/i18n/server';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await getPublicArticle(getDb(), (await params).slug);
  return found ? { title: found.article.title } : {};
}

export default async function PublicArticlePage({ params }: Props) {
  const [{ slug }, i18n, origin, requestHeaders] = await Promise.all([params, getI18n(), publicOrigin(), headers()]);
  // The CSP nonce the proxy made for this response: JSON-LD is data, but carries it too.
  const nonce = requestHeaders.get('x-nonce') ?? undefined;
  const found = await getPublicArticle(getDb(), slug);
  if (!found) notFound();
  const { article, verdicts, corrections } = found;
  const figureLinks = await publicFigureLinks(getDb(), verdicts.map((v) => v.claimId));
  const { t, rich, date } = i18n;
  const pageUrl = `${origin}/articles/${article.slug}`;
  const byId = new Map(verdicts.map((v) => [v.claimId, v]));
  // The first span of each claim is the target the summary's "in the text" links jump to.
  const anchored = new Set<number>();
  const segments = segmentText(
    article.body,
    verdicts.map((v) => ({ claimId: v.claimId, start: v.claim.start, end: v.claim.end })),
  );

  return (
    <div className="space-y-6">
      <ClaimReviewScripts article={article} verdicts={verdicts} origin={origin} pageLanguage={i18n.locale} nonce={nonce} />
      <Link href="/" className="text-sm text-accent hover:underline">
        {t('article.back')}
      </Link>
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
    </div>
  );
}
