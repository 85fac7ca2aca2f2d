'use client';
import { EnumSelect } from '@/components/forms/enum-select';
import { useI18n } from '@/components/i18n/i18n-provider';
import { CATEGORIES, QUALIFIERS, type Category, type Qualifier } from '@/lib/vocabulary';

export interface ClaimFieldValues {
  value: string;
  qualifier: Qualifier | '';
  counted: string;
  category: Category;
  claimant: string;
}

/** The form values as the use cases take them: numbers as numbers, blanks as null. */
export function toClaimFields(v: ClaimFieldValues) {
  const value = v.value.trim() === '' ? null : Number(v.value.replace(/[,٬\s]/g, ''));
  return {
    value: Number.isNaN(value) ? v.value : value,
    qualifier: v.qualifier || null,
    counted: v.counted,
    category: v.category,
    claimant: v.claimant.trim() || null,
  };
}

export function ClaimFieldsInputs({ values, onChange }: { values: ClaimFieldValues; onChange: (v: ClaimFieldValues) => void }) {
  const { t } = useI18n();
  const set = <K extends keyof ClaimFieldValues>(key: K, value: ClaimFieldValues[K]) => onChange({ ...values, [key]: value });
  return (
    <div className="grid grid-cols-2 gap-2 text-sm">
      <label>
        {t('claim.value')}
        <input name="value" inputMode="decimal" dir="ltr" value={values.value} onChange={(e) => set('value', e.target.value)} className="input" />
      </label>
      <label>
        {t('claim.qualifier')}
        <EnumSelect
          name="qualifier"
          values={QUALIFIERS}
          value={values.qualifier}
          onChange={(v) => set('qualifier', v)}
          labelOf={(q) => t(`qualifier.${q}`)}
          emptyLabel={t('claim.qualifierNone')}
        />
      </label>
      <label>
        {t('claim.counted')}
        <input name="counted" dir="auto" required value={values.counted} onChange={(e) => set('counted', e.target.value)} className="input" />
      </label>
      <label>
        {t('claim.category')}
        <EnumSelect
          name="category"
          values={CATEGORIES}
          value={values.category}
          onChange={(v) => v && set('category', v)}
          labelOf={(c) => t(`category.${c}`)}
        />
      </label>
      <label className="col-span-2">
        {t('claim.claimant')}
        <input name="claimant" dir="auto" value={values.claimant} onChange={(e) => set('claimant', e.target.value)} className="input" />
      </label>
    </div>
  );
}
