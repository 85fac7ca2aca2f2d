'use client';
import { useState } from 'react';
import { addClaimAction, editClaimAction } from '@/app/_actions/claims/edit';
import { useI18n } from '@/components/i18n/i18n-provider';
import { Quote } from '@/components/verdicts/quote';
import { ActionError } from './action-error';
import { ClaimFieldsInputs, toClaimFields, type ClaimFieldValues } from './claim-fields-inputs';
import { useMutation } from './use-mutation';

export interface TextSelection {
  start: number;
  end: number;
  quote: string;
}

/**
 * What a reviewer can do with words selected in the article: add them as a claim the
 * extractor missed, or move the selected claim's span onto them when it was pinned wrongly.
 */
export function AddClaimForm({
  articleId,
  selection,
  onDone,
  articleLang,
  selectedClaim,
}: {
  articleId: number;
  selection: TextSelection;
  onDone: (claimId: number | null) => void;
  articleLang: string;
  selectedClaim: { id: number; version: number } | null;
}) {
  const { t, rich, locale, id } = useI18n();
  const [values, setValues] = useState<ClaimFieldValues>({
    value: selection.quote.match(/[\d٠-٩]+/)?.[0]?.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)) ?? '',
    qualifier: '',
    counted: '',
    category: 'casualties',
    claimant: '',
  });
  const { run, pending, error } = useMutation(addClaimAction);
  const repin = useMutation(editClaimAction);
  return (
    <form
      aria-label={t('review.addFromSelection')}
      className="card space-y-2 border-accent"
      onSubmit={(e) => {
        e.preventDefault();
        run({ articleId, start: selection.start, end: selection.end, ...toClaimFields(values) }, (claim) => onDone(claim.id));
      }}
    >
      <h3 className="text-sm font-semibold">{t('review.addFromSelection')}</h3>
      <p className="text-sm">{rich('review.selected', { quote: <Quote lang={articleLang} pageLocale={locale}>{selection.quote}</Quote> })}</p>
      <ClaimFieldsInputs values={values} onChange={setValues} />
      <ActionError error={error ?? repin.error} />
      <div className="flex flex-wrap gap-2">
        <button className="btn-primary" disabled={pending}>
          {t('review.addClaim')}
        </button>
        {selectedClaim && (
          <button
            type="button"
            className="btn"
            disabled={repin.pending}
            onClick={() =>
              repin.run({ claimId: selectedClaim.id, version: selectedClaim.version, start: selection.start, end: selection.end }, () =>
                onDone(selectedClaim.id),
              )
            }
          >
            {rich('review.repin', { id: id(selectedClaim.id) })}
          </button>
        )}
        <button type="button" className="btn" onClick={() => onDone(null)}>
          {t('review.cancel')}
        </button>
      </div>
    </form>
  );
}
