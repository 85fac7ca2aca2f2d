'use client';
import { useState } from 'react';
import { commentAction } from '@/app/_actions/claims/comment';
import { useI18n } from '@/components/i18n/i18n-provider';
import { ActionError } from './action-error';
import { useMutation } from './use-mutation';

export function CommentForm({ claimId }: { claimId: number }) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const { run, pending, error } = useMutation(commentAction);
  return (
    <form
      aria-label={t('review.comment')}
      className="flex gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        run({ claimId, note }, () => setNote(''));
      }}
    >
      <label htmlFor={`comment-${claimId}`} className="sr-only">
        {t('review.commentLabel')}
      </label>
      <input
        id={`comment-${claimId}`}
        name="comment"
        dir="auto"
        required
        placeholder={t('review.commentPlaceholder')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        className="input mt-0"
      />
      <button className="btn shrink-0" disabled={pending}>
        {t('review.addComment')}
      </button>
      <ActionError error={error} />
    </form>
  );
}
