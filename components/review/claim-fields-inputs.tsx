'use client';
import { EnumSelect } from '@/components/forms/enum-select';
import { useI18n } from '@/components/i18n/i18n-provider';
import { COUNTED_KINDS } from '@/lib/extract/counted-kinds';
import { CATEGORIES, CLAIMANT_KINDS, QUALIFIERS, type Category, type ClaimantKindValue, type Qualifier } from '@/lib/vocabulary';

const KIND_IDS = COUNTED_KINDS.map((k) => k.id);
const KIND_LABEL = new Map<string, { ar: string; en: string }>(COUNTED_KINDS.map((k) => [k.id, k]));

export interface ClaimFieldValues {
  value: string;
  qualifier: Qualifier | '';
  counted: string;
  category: Category;
  claimant: string;
  countedKind?: string | '';
  claimantKind?: ClaimantKindValue | '';
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
    ...(v.countedKind !== undefined && { countedKind: v.countedKind || undefined }),
    ...(v.claimantKind !== undefined && { claimantKind: v.claimantKind || null }),
  };
}

export function ClaimFieldsInputs({ values, onChange }: { values: ClaimFieldValues; onChange: (v: ClaimFieldValues) => void }) {
  const { t, locale } = useI18n();
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
      {values.countedKind !== undefined && (
        <label>
          {t('figures.counted')}
          <EnumSelect
            name="countedKind"
            values={KIND_IDS}
            value={values.countedKind}
            onChange={(v) => set('countedKind', v)}
            labelOf={(k) => KIND_LABEL.get(k)?.[locale] ?? k}
            emptyLabel="—"
          />
        </label>
      )}
      {values.claimantKind !== undefined && (
        <label>
          {t('claim.claimantKind')}
          <EnumSelect
            name="claimantKind"
            values={CLAIMANT_KINDS}
            value={values.claimantKind}
            onChange={(v) => set('claimantKind', v)}
            labelOf={(k) => t(`claim.claimantKinds.${k}`)}
            emptyLabel="—"
          />
        </label>
      )}
      <label className="col-span-2">
        {t('claim.claimant')}
        <input name="claimant" dir="auto" value={values.claimant} onChange={(e) => set('claimant', e.target.value)} className="input" />
      </label>
    </div>
  );
}
