'use client';
import { useI18n } from '@/components/i18n/i18n-provider';
import { COUNTED_KINDS } from '@/lib/extract/counted-kinds';

const KINDS = new Map<string, { ar: string; en: string }>(COUNTED_KINDS.map((k) => [k.id, k]));

/** "What is counted" in the reader's language, with the article's own words beside it in theirs. */
export function CountedLabel({ kind, counted, articleLang }: { kind: string | null; counted: string; articleLang: string }) {
  const { locale, t } = useI18n();
  const label = kind ? KINDS.get(kind)?.[locale] : null;
  return (
    <span data-counted-kind={kind ?? ''}>
      {label && <strong className="font-medium">{label}</strong>}{' '}
      <span className="text-stone-600">
        ({label && <>{t('figures.countedOwn')}: </>}
        <bdi lang={articleLang} dir={articleLang === 'ar' ? 'rtl' : 'ltr'}>
          {counted}
        </bdi>
        )
      </span>
    </span>
  );
}
