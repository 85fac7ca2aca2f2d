import type { PublicVerdict } from '@/db/queries/public-verdicts';
import type { I18n } from '@/components/i18n/i18n';
import { StatusBadge } from '@/components/claims/status-badge';
import type { PublicFigureLink } from '@/lib/figures-desk/public-figure-links';
import { ClaimValue } from './claim-value';
import { RecordHash } from './record-hash';
import { localizedPath } from '@/lib/public/locale-paths';

/** One published verdict as the public reads it: never a draft field, never a reviewer. */
export function VerdictCard({
  verdict,
  i18n,
  articleLang,
  figure,
}: {
  verdict: PublicVerdict;
  i18n: I18n;
  articleLang: string;
  /** The tracked figure the claim is about, linked to its public page. */
  figure?: PublicFigureLink | null;
}) {
  const { t, rich, date } = i18n;
  const { claim } = verdict;
  return (
    <article id={`claim-${verdict.claimId}`} data-verdict={verdict.status} className="card space-y-3 target:ring-2 target:ring-accent">
      <header className="flex flex-wrap items-center gap-2">
        <StatusBadge status={verdict.status} label={t(`verdict.${verdict.status}`)} />
        <span className="text-sm text-stone-600">{t(`category.${claim.category}`)}</span>
      </header>
      <ClaimValue i18n={i18n} value={claim.value} qualifier={claim.qualifier} quote={claim.quote} articleLang={articleLang} />
      <p className="text-sm">
        {claim.claimant ? rich('claim.according', { claimant: <span lang={articleLang}>{claim.claimant}</span> }) : t('claim.claimantNone')}
      </p>
      {figure && (
        <p className="text-sm">
          {t('figures.linkedTo')}:{' '}
          <a href={localizedPath(i18n.locale, `/figures/${figure.slug}`)} className="text-accent underline" data-figure-link={figure.slug}>
            <bdi dir="auto">{(i18n.locale === 'ar' ? figure.titleAr ?? figure.titleEn : figure.titleEn ?? figure.titleAr) ?? figure.slug}</bdi>
          </a>
        </p>
      )}
      {verdict.explanation && (
        <section data-public-explanation>
          <h3 className="text-sm font-semibold">{t('article.rationale')}</h3>
          <p dir="auto" className="whitespace-pre-line">{verdict.explanation}</p>
        </section>
      )}
      <section>
        <h3 className="text-sm font-semibold">{t('article.evidence')}</h3>
        {verdict.evidence.length === 0 ? (
          <p className="text-sm text-stone-600">{t('article.noEvidence')}</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {verdict.evidence.map((e) => (
              <li key={e.url}>
                <span className="font-medium">{t(`stance.${e.stance}`)}: </span>
                <a href={e.url} rel="noopener noreferrer" className="text-accent underline" dir="auto">
                  <bdi>{e.title ?? e.url}</bdi>
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
      <footer className="text-xs text-stone-600">
        <p>
          {rich('article.verdictPublished', { date: date(verdict.firstPublishedAt) })}
          {verdict.correctedAt && <> · {rich('article.correctedOn', { date: date(verdict.correctedAt) })}</>}
        </p>
        {verdict.note && <p dir="auto">{verdict.note}</p>}
        <RecordHash hash={verdict.recordHash} i18n={i18n} />
      </footer>
    </article>
  );
}
