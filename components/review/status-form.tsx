'use client';
import { useEffect, useRef, useState } from 'react';
import { reviewClaimAction } from '@/app/_actions/claims/review';
import { useI18n } from '@/components/i18n/i18n-provider';
import type { ClaimStatus } from '@/lib/vocabulary';
import { allowedNextStatuses, requiresRationale } from '@/lib/claims/status';
import { ActionError } from './action-error';
import { statusColour, type DeskClaim } from './types';
import { useMutation } from './use-mutation';

/** A status chosen from the keyboard (v/d/u); the nonce makes a repeated key count again. */
export interface StatusIntent {
  status: ClaimStatus;
  nonce: number;
}

export function StatusForm({ claim, intent }: { claim: DeskClaim; intent: StatusIntent | null }) {
  const { t } = useI18n();
  const options = allowedNextStatuses(claim.status);
  const [status, setStatus] = useState<ClaimStatus | null>(null);
  const [note, setNote] = useState('');
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const { run, pending, error, reset } = useMutation(reviewClaimAction);
  // Which claim was just saved: the save bumps the version, which resets the form, and the
  // "Saved." message must outlive that reset (it goes when another claim is opened).
  const [savedId, setSavedId] = useState<number | null>(null);
  useEffect(() => setSavedId(null), [claim.id]);

  useEffect(() => {
    setStatus(null);
    setNote('');
    reset();
    // A new claim (or a new version of it after a save) starts a fresh decision.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [claim.id, claim.version]);

  useEffect(() => {
    if (intent && options.includes(intent.status)) {
      setStatus(intent.status);
      noteRef.current?.focus();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [intent]);

  const submit = () => {
    if (!status) return;
    // Leave the text box after a save so j/k move on to the next claim straight away.
    setSavedId(null);
    run({ claimId: claim.id, status, note, version: claim.version }, () => {
      setSavedId(claim.id);
      noteRef.current?.blur();
    });
  };

  return (
    <form
      aria-label={t('review.setStatus')}
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <fieldset>
        <legend className="text-sm font-semibold">{t('review.setStatus')}</legend>
        <div className="mt-1 flex flex-wrap gap-1">
          {options.map((s) => (
            <label
              key={s}
              className="inline-flex min-h-11 cursor-pointer items-center rounded-full border-2 px-4 py-1 text-sm has-checked:text-white has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent lg:min-h-8 lg:px-3"
              style={{ borderColor: statusColour(s), ...(status === s ? { background: statusColour(s) } : {}) }}
            >
              <input type="radio" name="status" value={s} checked={status === s} onChange={() => setStatus(s)} className="sr-only" />
              {t(`status.${s}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="block">
        <span className="text-sm font-semibold">{t('review.rationale')}</span>
        <textarea
          ref={noteRef}
          name="note"
          dir="auto"
          rows={2}
          value={note}
          required={!!status && requiresRationale(status)}
          onChange={(e) => setNote(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              submit();
            } else if (e.key === 'Escape') {
              e.currentTarget.blur();
            }
          }}
          className="input"
        />
        <span className="text-xs text-stone-600">{t('review.rationaleHint')}</span>
      </label>
      <ActionError error={error} />
      <p role="status" aria-live="polite" className="text-sm text-green-800">
        {savedId === claim.id && t('review.saved')}
      </p>
      <button className="btn-primary" disabled={!status || pending}>
        {t('review.save')}
      </button>
    </form>
  );
}
