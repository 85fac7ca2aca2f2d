'use client';
import { useState } from 'react';
import Link from 'next/link';
import { publishVerdictAction, unpublishVerdictAction } from '@/app/_actions/claims/publish';
import { useI18n } from '@/components/i18n/i18n-provider';
import { StatusBadge } from '@/components/claims/status-badge';
import { isVerdict } from '@/lib/claims/status';
import { publicationSnapshot } from '@/lib/desk/public-verdict';
import { ActionError } from './action-error';
import type { DeskClaim } from './types';
import { useMutation } from './use-mutation';

type Failure = NonNullable<ReturnType<typeof useMutation>['error']>;

/** A refused publication or withdrawal: every unmet rule, each in its own line. */
function Refusal({ error }: { error: Failure | null }) {
  const { t } = useI18n();
  if (!error?.fields || error.code !== 'invalid_transition') return <ActionError error={error} />;
  return (
    <div role="alert" data-error-code="publish_rules" className="rounded border border-red-200 bg-red-50 p-2 text-sm text-red-800">
      <p className="font-semibold">{t('publish.refused')}</p>
      <ul className="list-disc ps-5">
        {Object.entries(error.fields).map(([code, message]) => (
          <li key={code} data-unmet={code}>
            {message}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Exactly what the public will see, built by the same function as the stored snapshot. */
function Preview({ claim, lang }: { claim: DeskClaim; lang: string }) {
  const { t, rich } = useI18n();
  const snapshot = publicationSnapshot(claim, claim.evidence);
  if (!snapshot) return null;
  return (
    <div className="space-y-2 rounded border-2 border-accent p-3" data-publish-preview>
      <h4 className="text-sm font-semibold">{t('publish.previewTitle')}</h4>
      <StatusBadge status={snapshot.verdict} label={t(`verdict.${snapshot.verdict}`)} />
      <blockquote lang={lang} dir="auto" className="font-article">
        {snapshot.claim.quote}
      </blockquote>
      <p className="text-sm">
        {snapshot.claim.claimant ? rich('claim.according', { claimant: <bdi lang={lang}>{snapshot.claim.claimant}</bdi> }) : t('claim.claimantNone')}
      </p>
      <section>
        <h5 className="text-xs font-semibold">{t('publish.explanation')}</h5>
        <p dir="auto" className="text-sm whitespace-pre-line" data-preview-explanation>
          {snapshot.explanation}
        </p>
      </section>
      <section>
        <h5 className="text-xs font-semibold">{t('publish.evidence')}</h5>
        {snapshot.evidence.length === 0 ? (
          <p className="text-sm text-stone-600">{t('publish.noEvidence')}</p>
        ) : (
          <ul className="text-sm">
            {snapshot.evidence.map((e) => (
              <li key={e.url}>
                {t(`stance.${e.stance}`)}: <bdi>{e.title ?? e.url}</bdi>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

export function PublishSection({
  claim,
  canPublish,
  articleSlug,
  articleLang,
}: {
  claim: DeskClaim;
  canPublish: boolean;
  articleSlug: string;
  articleLang: string;
}) {
  const { t, rich, dateTime, locale } = useI18n();
  const publish = useMutation(publishVerdictAction);
  const unpublish = useMutation(unpublishVerdictAction);
  const [note, setNote] = useState('');
  const [previewing, setPreviewing] = useState(false);
  const current = claim.publication;
  const isPublished = current?.action === 'publish';
  const done = () => {
    setNote('');
    setPreviewing(false);
  };

  return (
    <section className="space-y-2" aria-labelledby="publish-heading" data-publication={isPublished ? 'published' : 'none'}>
      <h3 id="publish-heading" className="text-sm font-semibold">
        {t('publish.title')}
      </h3>
      <p className="text-sm">
        {isPublished && current.status
          ? rich('publish.publishedAs', { verdict: t(`verdict.${current.status}`), date: dateTime(current.publishedAt) })
          : current
            ? rich('publish.withdrawn', { date: dateTime(current.publishedAt) })
            : t('publish.notPublished')}{' '}
        {isPublished && (
          <Link href={`/${locale}/articles/${articleSlug}#claim-${claim.id}`} className="text-accent underline">
            {t('publish.viewPublic')}
          </Link>
        )}
      </p>
      {claim.changedSincePublication && <p className="text-sm text-amber-700">{t('publish.changedSince')}</p>}
      {!canPublish ? (
        <p className="text-xs text-stone-600">{t('publish.editorsOnly')}</p>
      ) : (
        <div className="space-y-2">
          <label className="block text-sm">
            {t('publish.note')}
            <input name="publishNote" dir="auto" value={note} onChange={(e) => setNote(e.target.value)} className="input" />
          </label>
          {!isVerdict(claim.status) && <p className="text-xs text-stone-600">{t('publish.onlyVerdicts')}</p>}
          {previewing && <Preview claim={claim} lang={articleLang} />}
          <div className="flex flex-wrap gap-2">
            {previewing ? (
              <>
                <button
                  type="button"
                  className="btn-primary"
                  disabled={publish.pending}
                  onClick={() => publish.run({ claimId: claim.id, note, version: claim.version }, done)}
                >
                  {t('publish.confirm')}
                </button>
                <button type="button" className="btn" onClick={() => setPreviewing(false)}>
                  {t('publish.cancel')}
                </button>
              </>
            ) : (
              <button
                type="button"
                className="btn-primary"
                disabled={publish.pending || (isPublished && !claim.changedSincePublication)}
                // Without a verdict or an explanation there is nothing to preview: ask the
                // server, whose refusal names every unmet rule.
                onClick={() => {
                  publish.reset();
                  if (publicationSnapshot(claim, claim.evidence)) setPreviewing(true);
                  else publish.run({ claimId: claim.id, note, version: claim.version }, done);
                }}
              >
                {isPublished ? t('publish.republish') : t('publish.preview')}
              </button>
            )}
            {isPublished && (
              <button type="button" className="btn" disabled={unpublish.pending} onClick={() => unpublish.run({ claimId: claim.id, note }, done)}>
                {t('publish.unpublish')}
              </button>
            )}
          </div>
          <Refusal error={publish.error ?? unpublish.error} />
        </div>
      )}
    </section>
  );
}
