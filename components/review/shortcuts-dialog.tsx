'use client';
import { useEffect, useRef } from 'react';
import { useI18n } from '@/components/i18n/i18n-provider';

// Keys are named by the Latin letter printed on the key: the desk reads the physical key,
// so on an Arabic layout the same keys work (V is the key that types ر).
const KEYS = [
  ['J', 'next'],
  ['K', 'previous'],
  ['V', 'verified'],
  ['D', 'disputed'],
  ['F', 'false'],
  ['M', 'misleading'],
  ['U', 'unverifiable'],
  ['Ctrl + Enter', 'save'],
  ['Esc', 'leave'],
  ['?', 'help'],
] as const;

/** The `?` overlay: a modal <dialog>, so focus stays inside it and Esc closes it. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby="shortcuts-title"
      onClose={onClose}
      onClick={(e) => e.target === ref.current && onClose()}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-stone-300 bg-white p-5 text-ink shadow-xl backdrop:bg-black/40"
      data-shortcuts-dialog
    >
      <h2 id="shortcuts-title" className="mb-3 text-lg font-semibold">
        {t('review.keysTitle')}
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        {KEYS.map(([key, action]) => (
          <div key={action} className="contents">
            <dt>
              <kbd dir="ltr" className="rounded border border-stone-300 bg-stone-50 px-1.5 py-0.5 font-mono text-xs">
                {key}
              </kbd>
            </dt>
            <dd>{t(`review.keys.${action}`)}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog" className="mt-4 text-end">
        <button className="btn-primary" autoFocus>
          {t('review.keysClose')}
        </button>
      </form>
    </dialog>
  );
}
