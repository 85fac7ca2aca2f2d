import { CATALOGS } from '@/lib/i18n/catalogs';

/** "Not found" in both languages: for pages that know no reader's language (a bad URL, a cached 404). */
export function NotFoundCard() {
  return (
    <main id="content" className="mx-auto max-w-7xl px-4 py-6">
      <div className="card mx-auto max-w-lg space-y-4 text-center">
        {(['ar', 'en'] as const).map((l) => (
          <div key={l} lang={l} dir={l === 'ar' ? 'rtl' : 'ltr'} className="space-y-2">
            <h1 className="text-2xl font-semibold">{CATALOGS[l].errors.notFoundTitle}</h1>
            <p className="text-lg">{CATALOGS[l].errors.notFoundPage}</p>
            <a href="/" className="text-accent underline">
              {CATALOGS[l].article.back}
            </a>
          </div>
        ))}
      </div>
    </main>
  );
}
