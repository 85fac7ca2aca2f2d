import { Fragment, type ReactNode } from 'react';
import { formatDate, formatDateTime, formatDayMonth, formatId, formatNumber, formatPercent } from '@/lib/i18n/format';
import { directionOf, type Locale } from '@/lib/i18n/locales';
import { countValues, createCountTranslator, createTranslator, lookup, lookupCount, parseTemplate } from '@/lib/i18n/translate';
import type { CountKey, MessageKey, Messages } from '@/lib/i18n/types';

export type RichValues = Record<string, ReactNode>;

/**
 * Renders a catalog message with every interpolated value inside <bdi>, so a Latin name,
 * a number or an Arabic quote keeps its own direction inside the sentence around it.
 */
function renderRich(template: string, values: RichValues = {}): ReactNode {
  return parseTemplate(template).map((part, i) =>
    'text' in part ? <Fragment key={i}>{part.text}</Fragment> : <bdi key={i}>{values[part.name]}</bdi>,
  );
}

/** Everything a component needs to speak the reader's language; same on server and client. */
export function makeI18n(locale: Locale, messages: Messages) {
  return {
    locale,
    /** The catalog itself, for lists of names (field labels) a component looks up by key. */
    messages,
    dir: directionOf(locale),
    t: createTranslator(locale, messages),
    rich: (key: MessageKey, values?: RichValues): ReactNode => renderRich(lookup(messages, key), values),
    /** A counted message in the form that agrees with `count` ({count} shows it in the reader's digits). */
    count: (key: CountKey, count: number, values?: RichValues): ReactNode =>
      renderRich(lookupCount(messages, locale, key, count), countValues(locale, count, values)),
    tCount: createCountTranslator(locale, messages),
    number: (n: number) => formatNumber(locale, n),
    /** Ids, versions and positions: the reader's digits without grouping. */
    id: (n: number) => formatId(locale, n),
    percent: (r: number) => formatPercent(locale, r),
    date: (d: Date | string) => formatDate(locale, d),
    dateTime: (d: Date) => formatDateTime(locale, d),
    /** A UTC day (YYYY-MM-DD) as day and short month, for chart axes. */
    dayMonth: (day: string) => formatDayMonth(locale, day),
  };
}
export type I18n = ReturnType<typeof makeI18n>;
