import { ar } from './messages/ar';
import { en } from './messages/en';
import type { Locale } from './locales';
import type { MessageKey, Messages, Values } from './types';

export const CATALOGS: Record<Locale, Messages> = { ar, en };

/** First-strong isolate … pop directional isolate: the plain-text form of <bdi>. */
const FSI = '\u2068';
const PDI = '\u2069';

export function lookup(messages: Messages, key: MessageKey): string {
  let node: unknown = messages;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)?.[part];
  if (typeof node !== 'string') throw new Error(`Missing message: ${key}`);
  return node;
}

/** Splits a message into literal text and {placeholder} names, in order. */
export function parseTemplate(template: string): Array<{ text: string } | { name: string }> {
  return template
    .split(/(\{\w+\})/)
    .filter(Boolean)
    .map((part) => (/^\{\w+\}$/.test(part) ? { name: part.slice(1, -1) } : { text: part }));
}

/**
 * A translator for plain strings (attributes, titles, <title>). Interpolated values are
 * wrapped in Unicode isolates so a Latin name or a number cannot reorder the sentence
 * around it; in markup, use <Msg> which wraps them in <bdi> instead.
 */
export function createTranslator(locale: Locale) {
  const messages = CATALOGS[locale];
  return function t(key: MessageKey, values?: Values): string {
    return parseTemplate(lookup(messages, key))
      .map((part) => ('text' in part ? part.text : `${FSI}${values?.[part.name] ?? ''}${PDI}`))
      .join('');
  };
}
export type Translator = ReturnType<typeof createTranslator>;
