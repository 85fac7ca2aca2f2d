import type { ReactNode } from 'react';

// Quote marks follow the page (its language and direction), not the quoted text: the text
// sits in its own isolate, so bidi cannot flip one mark and leave the other («…« on an
// English page showing an Arabic quote).
const MARKS: Record<string, [string, string]> = { ar: ['«', '»'], en: ['“', '”'] };

export function Quote({ children, lang, pageLocale, className = '' }: { children: ReactNode; lang: string; pageLocale: string; className?: string }) {
  const [open, close] = MARKS[pageLocale] ?? MARKS.en;
  return (
    <span className={className} data-quote>
      {open}
      <bdi lang={lang} dir={lang === 'ar' ? 'rtl' : 'auto'}>
        {children}
      </bdi>
      {close}
    </span>
  );
}
