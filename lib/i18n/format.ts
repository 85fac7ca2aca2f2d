import type { Locale } from './locales';

// Arabic readers get Arabic-Indic digits (٥٬٠٠٠) whatever the runtime's CLDR default for 'ar' is.
const NUMBER_LOCALE: Record<Locale, string> = { ar: 'ar-u-nu-arab', en: 'en-GB' };

// Building an Intl formatter costs far more than using one: a list page formats thousands of
// values, so each (kind, locale) pair is built once per process and reused.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let f = formatters.get(key) as F | undefined;
  if (!f) formatters.set(key, (f = make()));
  return f;
}

/** 5000 → "٥٬٠٠٠" for Arabic readers, "5,000" for English ones. */
export function formatNumber(locale: Locale, value: number): string {
  return cached(`n:${locale}`, () => new Intl.NumberFormat(NUMBER_LOCALE[locale], { maximumFractionDigits: 2 })).format(value);
}

/** An id or a version: the reader's digits, no grouping (claim ٢٣٤٥, not ٢٬٣٤٥). */
export function formatId(locale: Locale, value: number): string {
  return cached(`id:${locale}`, () => new Intl.NumberFormat(NUMBER_LOCALE[locale], { useGrouping: false, maximumFractionDigits: 0 })).format(value);
}

export function formatPercent(locale: Locale, ratio: number): string {
  return cached(`p:${locale}`, () => new Intl.NumberFormat(NUMBER_LOCALE[locale], { style: 'percent', maximumFractionDigits: 0 })).format(ratio);
}

// Dates are shown in the newsroom's zone so the server and the browser print the same day.
const TIME_ZONE = process.env.NEXT_PUBLIC_ISNAD_TIME_ZONE || 'UTC';

export function formatDate(locale: Locale, date: Date | string): string {
  const d = typeof date === 'string' ? new Date(`${date.slice(0, 10)}T12:00:00Z`) : date;
  return cached(`d:${locale}`, () => new Intl.DateTimeFormat(NUMBER_LOCALE[locale], { dateStyle: 'long', timeZone: TIME_ZONE })).format(d);
}

export function formatDateTime(locale: Locale, date: Date): string {
  return cached(`dt:${locale}`, () => new Intl.DateTimeFormat(NUMBER_LOCALE[locale], { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE })).format(date);
}

/** A UTC day (YYYY-MM-DD) as a short day and month, for a chart's axis: "7 Dec", "٧ ديسمبر". */
export function formatDayMonth(locale: Locale, day: string): string {
  return cached(`dm:${locale}`, () => new Intl.DateTimeFormat(NUMBER_LOCALE[locale], { day: 'numeric', month: 'short', timeZone: 'UTC' })).format(
    new Date(`${day.slice(0, 10)}T12:00:00Z`),
  );
}
