import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber } from './format';
import { fromAcceptLanguage, resolveLocale } from './locales';
import { ar } from './messages/ar';
import { createTranslator } from './translate';

describe('choosing the interface language', () => {
  it('prefers the signed-in user’s saved choice, then the switch cookie, then the browser', () => {
    expect(resolveLocale({ userLocale: 'en', cookie: 'ar', acceptLanguage: 'ar' })).toBe('en');
    expect(resolveLocale({ userLocale: null, cookie: 'en', acceptLanguage: 'ar-EG' })).toBe('en');
    expect(resolveLocale({ acceptLanguage: 'fr-FR,en-US;q=0.8,ar;q=0.5' })).toBe('en');
    expect(resolveLocale({ cookie: 'de', acceptLanguage: 'de-DE' })).toBe('ar');
  });

  it('ranks Accept-Language by q weight and ignores q=0', () => {
    expect(fromAcceptLanguage('en;q=0.3, ar-SA;q=0.9')).toBe('ar');
    expect(fromAcceptLanguage('ar;q=0, en-GB')).toBe('en');
    expect(fromAcceptLanguage('')).toBeNull();
  });
});

describe('formatting for the reader', () => {
  it('writes numbers with Arabic-Indic digits for Arabic readers and Latin ones for English', () => {
    expect(formatNumber('ar', 5000)).toBe('٥٬٠٠٠');
    expect(formatNumber('en', 5000)).toBe('5,000');
  });

  it('writes dates with Arabic month names for Arabic readers', () => {
    expect(formatDate('ar', '2023-09-22')).toBe('٢٢ سبتمبر ٢٠٢٣');
    expect(formatDate('en', '2023-09-22')).toBe('22 September 2023');
  });

  it('isolates interpolated values so bidi reordering cannot move them', () => {
    const t = createTranslator('ar', ar);
    expect(t('nav.signedInAs', { name: 'Omar Editor', role: 'محرر' })).toBe('مسجَّل باسم \u2068Omar Editor\u2069 (\u2068محرر\u2069)');
  });
});
