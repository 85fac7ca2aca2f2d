'use client';
import { useI18n } from '@/components/i18n/i18n-provider';
import { StatusBadge } from '@/components/claims/status-badge';
import { ClaimValue } from '@/components/verdicts/claim-value';
import { CommentForm } from './comment-form';
import { EditClaimForm } from './edit-claim-form';
import { EvidenceSection } from './evidence-section';
import { HistoryList } from './history-list';
import { PublishSection } from './publish-section';
import { StatusForm, type StatusIntent } from './status-form';
import type { DeskAbilities, DeskArticle, DeskClaim } from './types';

export function ClaimPanel({
  claim,
  article,
  abilities,
  intent,
}: {
  claim: DeskClaim;
  article: DeskArticle;
  abilities: DeskAbilities;
  intent: StatusIntent | null;
}) {
  const i18n = useI18n();
  const { t, rich } = i18n;
  return (
    <div className="space-y-4" data-claim-panel={claim.id}>
      <header className="space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <h2 className="text-lg font-semibold">{rich('claim.number', { id: claim.id })}</h2>
          <StatusBadge status={claim.status} label={t(`status.${claim.status}`)} />
          <span className="text-xs text-stone-500">{rich('claim.version', { version: claim.version })}</span>
        </div>
        <ClaimValue i18n={i18n} value={claim.value} qualifier={claim.qualifier} quote={claim.quote} articleLang={article.language} />
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
          <dt className="text-stone-500">{t('claim.claimant')}</dt>
          <dd>
            <bdi lang={article.language}>{claim.claimant ?? t('claim.claimantNone')}</bdi>
          </dd>
          <dt className="text-stone-500">{t('claim.counted')}</dt>
          <dd>
            <bdi lang="en">{claim.counted}</bdi>
          </dd>
          <dt className="text-stone-500">{t('claim.category')}</dt>
          <dd>{t(`category.${claim.category}`)}</dd>
          {claim.mentions.length > 1 && (
            <>
              <dt className="text-stone-500">{t('claim.mentionsLabel')}</dt>
              <dd>{i18n.count('mentions', claim.mentions.length)}</dd>
            </>
          )}
          <dt className="text-stone-500">{t('claim.originLabel')}</dt>
          <dd className="text-xs">{t(`claim.origin.${claim.origin}`)}</dd>
        </dl>
        {claim.rationale && (
          <p dir="auto" className="rounded bg-stone-50 p-2 text-sm whitespace-pre-line">
            {claim.rationale}
          </p>
        )}
      </header>
      <StatusForm claim={claim} intent={intent} />
      <EvidenceSection claim={claim} />
      <PublishSection claim={claim} canPublish={abilities.publish} articleSlug={article.slug} />
      {abilities.edit && <EditClaimForm claim={claim} />}
      <section className="space-y-2" aria-labelledby="history-heading">
        <h3 id="history-heading" className="text-sm font-semibold">
          {t('review.history')}
        </h3>
        <CommentForm claimId={claim.id} />
        <HistoryList events={claim.history} />
      </section>
    </div>
  );
}
