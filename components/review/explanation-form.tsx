'use client';
import { useEffect, useState } from 'react';
import { setExplanationAction } from '@/app/_actions/claims/review';
import { useI18n } from '@/components/i18n/i18n-provider';
import { ActionError } from './action-error';
import type { DeskClaim } from './types';
import { useMutation } from './use-mutation';

/** The public explanation, kept apart from the internal rationale: the only verdict text readers see. */
export function ExplanationForm({ claim }: { claim: DeskClaim }) {
  const { t } = useI18n();
  const [text, setText] = useState(claim.explanation ?? '');
  const [saved, setSaved] = useState(false);
  const { run, pending, error, reset } = useMutation(setExplanationAction);
  useEffect(() => {
    setText(claim.explanation ?? '');
    reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [claim.id, claim.explanation]);
  useEffect(() => setSaved(false), [claim.id]);

  return (
    <form
      aria-label={t('review.explanation')}
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        run({ claimId: claim.id, explanation: text, version: claim.version }, () => setSaved(true));
      }}
    >
      <label className="block">
        <span className="text-sm font-semibold">{t('review.explanation')}</span>
        <textarea name="explanation" dir="auto" rows={3} value={text} onChange={(e) => setText(e.target.value)} className="input" />
        <span className="text-xs text-stone-600">{t('review.explanationHint')}</span>
      </label>
      <ActionError error={error} />
      <p role="status" aria-live="polite" className="text-sm text-green-800">
        {saved && t('review.explanationSaved')}
      </p>
      <button className="btn" disabled={pending || text.trim() === (claim.explanation ?? '')}>
        {t('review.saveExplanation')}
      </button>
    </form>
  );
}
