import { formatNumber } from './format';
import type { Locale } from './locales';
import type { CountKey, MessageKey, Messages, PluralCategory, Values } from './types';

/** First-strong isolate … pop directional isolate: the plain-text form of <bdi>. */
const FSI = '\u2068';
const PDI = '\u2069';

export function lookup(messages: Messages, key: MessageKey): string {
  let node: unknown = messages;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)?.[part];
  if (typeof node !== 'string') throw new Error(`Missing message: ${key}`);
  return node;
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/**
 * The form of a counted message that agrees with the count: Arabic has six (لا أحكام، حكم
 * واحد، حكمان، ثلاثة أحكام، أحد عشر حكماً، مئة حكم), English two.
 */
export function lookupCount(messages: Messages, locale: Locale, key: CountKey, count: number): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  const forms = messages.counts[key];
  if (!forms) throw new Error(`Missing message: counts.${key}`);
  return forms[rules.select(count) as PluralCategory] ?? forms.other;
}

/** The values of a counted message: {count} is the count in the reader's digits. */
export function countValues<V>(locale: Locale, count: number, values?: Record<string, V>): Record<string, V | string> {
  return { ...values, count: formatNumber(locale, count) };
}

/** Splits a message into literal text and {placeholder} names, in order. */
export function parseTemplate(template: string): Array<{ text: string } | { name: string }> {
  return template
    .split(/(\{\w+\})/)
    .filter(Boolean)
    .map((part) => (/^\{\w+\}$/.test(part) ? { name: part.slice(1, -1) } : { text: part }));
}

/** Fills a template for plain text, each value inside Unicode isolates. */
function fill(template: string, values?: Values): string {
  return parseTemplate(template)
    .map((part) => ('text' in part ? part.text : `${FSI}${values?.[part.name] ?? ''}${PDI}`))
    .join('');
}

/**
 * A translator for plain strings (attributes, titles, <title>). Interpolated values are
 * wrapped in Unicode isolates so a Latin name or a number cannot reorder the sentence
 * around it; in markup, use rich() which wraps them in <bdi> instead.
 */
export function createTranslator(locale: Locale, messages: Messages) {
  return function t(key: MessageKey, values?: Values): string {
    return fill(lookup(messages, key), values);
  };
}
export type Translator = ReturnType<typeof createTranslator>;

/** Plain-text form of a counted message. */
export function createCountTranslator(locale: Locale, messages: Messages) {
  return function tCount(key: CountKey, count: number, values?: Values): string {
    return fill(lookupCount(messages, locale, key, count), countValues(locale, count, values));
  };
}
