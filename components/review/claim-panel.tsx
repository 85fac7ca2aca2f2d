'use client';
import { useI18n } from '@/components/i18n/i18n-provider';
import { StatusBadge } from '@/components/claims/status-badge';
import { ClaimFigureSection } from '@/components/figures/claim-figure-section';
import { CountedLabel } from '@/components/figures/counted-label';
import { ClaimValue } from '@/components/verdicts/claim-value';
import type { DeskFigures } from '@/lib/figures-desk/desk-figures';
import { CommentForm } from './comment-form';
import { EditClaimForm } from './edit-claim-form';
import { EvidenceSection } from './evidence-section';
import { ExplanationForm } from './explanation-form';
import { ClaimHistory } from './claim-history';
import { PublishSection } from './publish-section';
import { StatusForm, type StatusIntent } from './status-form';
import type { DeskAbilities, DeskArticle, DeskClaim } from './types';

/** On a phone the article is a tap away: the panel shows the sentence around the quote. */
function QuoteInContext({ body, start, end, lang, label }: { body: string; start: number; end: number; lang: string; label: string }) {
  const from = Math.max(0, body.lastIndexOf('\n', start - 1) + 1, start - 160);
  const lineEnd = body.indexOf('\n', end);
  const to = Math.min(body.length, lineEnd === -1 ? body.length : lineEnd, end + 160);
  return (
    <figure className="rounded border border-stone-200 bg-stone-50 p-2 lg:hidden" data-quote-context>
      <figcaption className="text-xs font-semibold text-stone-600">{label}</figcaption>
      <p lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'} className="font-article">
        {from > 0 && '… '}
        {body.slice(from, start)}
        <mark className="rounded bg-amber-100 px-0.5 text-ink">{body.slice(start, end)}</mark>
        {body.slice(end, to)}
        {to < body.length && ' …'}
      </p>
    </figure>
  );
}

export function ClaimPanel({
  claim,
  position,
  article,
  abilities,
  intent,
  figures,
  positionOf,
}: {
  claim: DeskClaim;
  position: number;
  article: DeskArticle;
  abilities: DeskAbilities;
  intent: StatusIntent | null;
  figures: DeskFigures;
  positionOf: (id: number) => number | undefined;
}) {
  const i18n = useI18n();
  const { t, rich, id } = i18n;
  return (
    <div className="space-y-4" data-claim-panel={claim.id}>
      <header className="space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <h2 className="text-lg font-semibold">{rich('claim.number', { id: id(position) })}</h2>
          <StatusBadge status={claim.status} label={t(`status.${claim.status}`)} />
          <span className="text-xs text-stone-600">{rich('claim.version', { version: id(claim.version) })}</span>
        </div>
        <QuoteInContext body={article.body} start={claim.start} end={claim.end} lang={article.language} label={t('review.inContext')} />
        <ClaimValue i18n={i18n} value={claim.value} qualifier={claim.qualifier} quote={claim.quote} articleLang={article.language} />
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
          <dt className="text-stone-600">{t('claim.claimant')}</dt>
          <dd>
            <bdi lang={article.language}>{claim.claimant ?? t('claim.claimantNone')}</bdi>
          </dd>
          <dt className="text-stone-600">{t('claim.counted')}</dt>
          <dd>
            <CountedLabel kind={claim.countedKind} counted={claim.counted} articleLang={article.language} />
          </dd>
          <dt className="text-stone-600">{t('claim.category')}</dt>
          <dd>{t(`category.${claim.category}`)}</dd>
          {claim.mentions.length > 1 && (
            <>
              <dt className="text-stone-600">{t('claim.mentionsLabel')}</dt>
              <dd>{i18n.count('mentions', claim.mentions.length)}</dd>
            </>
          )}
          <dt className="text-stone-600">{t('claim.originLabel')}</dt>
          <dd className="text-xs">{t(`claim.origin.${claim.origin}`)}</dd>
          {claim.confidence !== null && (
            <>
              <dt className="text-stone-600">{t('figures.confidence')}</dt>
              <dd className="text-xs" data-confidence={claim.confidence}>
                <bdi>{i18n.percent(claim.confidence)}</bdi>
                {claim.rule && (
                  <>
                    {' '}
                    · {t('figures.rule')} <code dir="ltr">{claim.rule}</code>
                  </>
                )}
              </dd>
            </>
          )}
        </dl>
        {claim.rationale && (
          <p dir="auto" className="rounded bg-stone-50 p-2 text-sm whitespace-pre-line">
            {claim.rationale}
          </p>
        )}
      </header>
      <StatusForm claim={claim} intent={intent} />
      <ExplanationForm claim={claim} />
      <ClaimFigureSection claim={claim} data={figures} positionOf={positionOf} />
      <EvidenceSection claim={claim} />
      <PublishSection claim={claim} canPublish={abilities.publish} articleSlug={article.slug} articleLang={article.language} />
      {abilities.edit && <EditClaimForm claim={claim} />}
      <section className="space-y-2" aria-labelledby="history-heading">
        <h3 id="history-heading" className="text-sm font-semibold">
          {t('review.history')}
        </h3>
        <CommentForm claimId={claim.id} />
        <ClaimHistory claimId={claim.id} head={claim.historyHead} />
      </section>
    </div>
  );
}
