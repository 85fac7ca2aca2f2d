'use client';
import { useEffect, useState } from 'react';
import { editClaimAction } from '@/app/_actions/claims/edit';
import { useI18n } from '@/components/i18n/i18n-provider';
import { ActionError } from './action-error';
import { ClaimFieldsInputs, toClaimFields, type ClaimFieldValues } from './claim-fields-inputs';
import type { DeskClaim } from './types';
import { useMutation } from './use-mutation';

const fromClaim = (c: DeskClaim): ClaimFieldValues => ({
  value: c.value === null ? '' : String(c.value),
  qualifier: c.qualifier ?? '',
  counted: c.counted,
  category: c.category,
  claimant: c.claimant ?? '',
  countedKind: c.countedKind ?? '',
  claimantKind: c.claimantKind ?? '',
});

/** Corrects what the extractor got wrong; only changed fields are sent. */
export function EditClaimForm({ claim }: { claim: DeskClaim }) {
  const { t } = useI18n();
  const [values, setValues] = useState(() => fromClaim(claim));
  const { run, pending, error, result } = useMutation(editClaimAction);
  useEffect(() => setValues(fromClaim(claim)), [claim]);

  return (
    <details className="rounded border border-stone-200 p-2">
      <summary className="cursor-pointer text-sm font-semibold">{t('review.editClaim')}</summary>
      <form
        className="mt-2 space-y-2"
        onSubmit={(e) => {
          e.preventDefault();
          const next = toClaimFields(values);
          const before = toClaimFields(fromClaim(claim));
          const changed = Object.fromEntries(
            Object.entries(next).filter(([k, v]) => v !== before[k as keyof typeof before]),
          );
          run({ claimId: claim.id, version: claim.version, ...changed });
        }}
      >
        <ClaimFieldsInputs values={values} onChange={setValues} />
        <ActionError error={error} />
        {result?.ok && <p role="status" className="text-sm text-green-700">{t('review.saved')}</p>}
        <button className="btn" disabled={pending}>
          {t('review.saveEdit')}
        </button>
      </form>
    </details>
  );
}
