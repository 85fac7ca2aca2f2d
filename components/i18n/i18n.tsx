import { Fragment, type ReactNode } from 'react';
import { formatDate, formatDateTime, formatNumber, formatPercent } from '@/lib/i18n/format';
import { directionOf, type Locale } from '@/lib/i18n/locales';
import { CATALOGS, createTranslator, lookup, parseTemplate } from '@/lib/i18n/translate';
import type { MessageKey, Messages } from '@/lib/i18n/types';

export type RichValues = Record<string, ReactNode>;

/**
 * Renders a catalog message with every interpolated value inside <bdi>, so a Latin name,
 * a number or an Arabic quote keeps its own direction inside the sentence around it.
 */
export function renderRich(messages: Messages, key: MessageKey, values: RichValues = {}): ReactNode {
  return parseTemplate(lookup(messages, key)).map((part, i) =>
    'text' in part ? <Fragment key={i}>{part.text}</Fragment> : <bdi key={i}>{values[part.name]}</bdi>,
  );
}

/** Everything a component needs to speak the reader's language; same on server and client. */
export function makeI18n(locale: Locale) {
  const messages = CATALOGS[locale];
  return {
    locale,
    dir: directionOf(locale),
    t: createTranslator(locale),
    rich: (key: MessageKey, values?: RichValues): ReactNode => renderRich(messages, key, values),
    number: (n: number) => formatNumber(locale, n),
    percent: (r: number) => formatPercent(locale, r),
    date: (d: Date | string) => formatDate(locale, d),
    dateTime: (d: Date) => formatDateTime(locale, d),
  };
}
export type I18n = ReturnType<typeof makeI18n>;
