'use client';
import { useEffect, useState } from 'react';
import { saveLocalePreferenceAction } from '@/app/_actions/users';
import { useI18n } from '@/components/i18n/i18n-provider';
import { ActionError } from '@/components/review/action-error';
import { useMutation } from '@/components/review/use-mutation';
import { LOCALES, type Locale } from '@/lib/vocabulary';

export function LocaleForm({ current }: { current: Locale | null }) {
  const { t } = useI18n();
  const [value, setValue] = useState<Locale | ''>(current ?? '');
  const { run, pending, error, result } = useMutation(saveLocalePreferenceAction);
  // Switching language in the header saves it too and re-renders this page: follow it.
  useEffect(() => setValue(current ?? ''), [current]);
  return (
    <form
      className="card space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        run({ locale: value || null });
      }}
    >
      <fieldset>
        <legend className="font-semibold">{t('settings.language')}</legend>
        {[...LOCALES, ''].map((l) => (
          <label key={l || 'browser'} className="mt-1 flex items-center gap-2">
            <input type="radio" name="locale" value={l} checked={value === l} onChange={() => setValue(l as Locale | '')} />
            {l ? <span lang={l}>{t(`languageNames.${l as Locale}`)}</span> : t('settings.browser')}
          </label>
        ))}
      </fieldset>
      <ActionError error={error} />
      <p role="status" aria-live="polite" className="text-sm text-green-800">
        {result?.ok && t('settings.saved')}
      </p>
      <button className="btn-primary" disabled={pending}>
        {t('settings.save')}
      </button>
    </form>
  );
}
