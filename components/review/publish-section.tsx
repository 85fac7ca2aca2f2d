'use client';
import { useState } from 'react';
import Link from 'next/link';
import { publishVerdictAction, unpublishVerdictAction } from '@/app/_actions/claims/publish';
import { useI18n } from '@/components/i18n/i18n-provider';
import { isVerdict } from '@/lib/claims/status';
import { ActionError } from './action-error';
import type { DeskClaim } from './types';
import { useMutation } from './use-mutation';

export function PublishSection({ claim, canPublish, articleSlug }: { claim: DeskClaim; canPublish: boolean; articleSlug: string }) {
  const { t, rich, dateTime } = useI18n();
  const publish = useMutation(publishVerdictAction);
  const unpublish = useMutation(unpublishVerdictAction);
  const [note, setNote] = useState('');
  const current = claim.publication;
  const isPublished = current?.action === 'publish';

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
          <Link href={`/articles/${articleSlug}#claim-${claim.id}`} className="text-accent underline">
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
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              className="btn-primary"
              disabled={!isVerdict(claim.status) || publish.pending || (isPublished && !claim.changedSincePublication)}
              onClick={() => publish.run({ claimId: claim.id, note, version: claim.version }, () => setNote(''))}
            >
              {isPublished ? t('publish.republish') : t('publish.publish')}
            </button>
            {isPublished && (
              <button
                type="button"
                className="btn"
                disabled={unpublish.pending}
                onClick={() => unpublish.run({ claimId: claim.id, note }, () => setNote(''))}
              >
                {t('publish.unpublish')}
              </button>
            )}
          </div>
          <ActionError error={publish.error ?? unpublish.error} />
        </div>
      )}
    </section>
  );
}
