import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getDb } from '@/db';
import { ReviewDesk } from '@/components/review/review-desk';
import { toDeskClaim } from '@/components/review/desk-claim';
import { ArticleVisibilityPanel } from '@/components/review/article-visibility-panel';
import { getReviewDesk } from '@/lib/articles/get-review-desk';
import { can } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { DomainError } from '@/lib/errors';
import { getI18n } from '@/lib/i18n/server';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t('review.title') };
}

export default async function ReviewDeskPage({ params }: Props) {
  const { slug } = await params;
  const actor = await requireUser(`/review/${slug}`);
  let desk;
  try {
    desk = await getReviewDesk(getDb(), actor, slug);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'not_found') notFound();
    throw error;
  }
  const { article, claims, figures } = desk;
  const { t } = await getI18n();
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h1 className="text-xl font-semibold" lang={article.language} dir={article.language === 'ar' ? 'rtl' : 'ltr'}>
          {article.title}
        </h1>
        {/* A plain download link: the export streams, so the browser saves it as it comes. */}
        <a
          href={`/api/v1/claims/export.csv?article=${encodeURIComponent(article.slug)}`}
          download
          className="text-sm text-accent underline"
          data-export-csv
        >
          {t('review.exportCsv')}
        </a>
      </div>
      {can(actor, 'articles:manage') && (
        <ArticleVisibilityPanel
          slug={article.slug}
          visibility={article.visibility}
          publishedVerdicts={claims.filter((c) => c.publication?.action === 'publish').length}
        />
      )}
      <ReviewDesk
        article={{ id: article.id, slug: article.slug, title: article.title, body: article.body, language: article.language }}
        claims={claims.map(toDeskClaim)}
        figures={figures}
        abilities={{ edit: can(actor, 'claims:edit'), publish: can(actor, 'verdicts:publish') }}
      />
    </div>
  );
}
