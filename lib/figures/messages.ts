/** The bilingual wording of suggestion reasons and consistency warnings. */
import { placeName } from './places';
import type { Message, Reason, ReasonCode } from './types';
import { wordName } from './words';

const numbers = new Intl.NumberFormat('en-US');
const fmt = (n: number) => numbers.format(n);

export const reasonMessages = {
  'same-counted': (counted: string): Message => ({ ar: `يعدّ الشيء نفسه (${counted})`, en: `Counts the same thing (${counted})` }),
  'same-event': (counted: string): Message => ({ ar: `الحدث نفسه مع فئة مختلفة (${counted})`, en: `Same event, different group (${counted})` }),
  'related-counted': (counted: string): Message => ({
    ar: `عدّ قريب للفئة نفسها (${counted})، يخلط بينهما الناس والمستخرج`,
    en: `A related count of the same group (${counted}), often confused`,
  }),
  'same-category': (category: string): Message => ({ ar: `الفئة نفسها (${category})`, en: `Same category (${category})` }),
  'same-place-sentence': (places: string[]): Message => ({
    ar: `المكان نفسه في جملة الادعاء: ${places.map((p) => placeName(p, 'ar')).join('، ')}`,
    en: `Same place in the claim's sentence: ${places.map((p) => placeName(p, 'en')).join(', ')}`,
  }),
  'same-place-article': (places: string[]): Message => ({
    ar: `المكان نفسه في المقال: ${places.map((p) => placeName(p, 'ar')).join('، ')}`,
    en: `Same place in the article: ${places.map((p) => placeName(p, 'en')).join(', ')}`,
  }),
  'within-period': (): Message => ({ ar: 'تاريخ المقال ضمن فترة الرقم', en: "The article's date is within the figure's period" }),
  'close-date': (days: number): Message => ({
    ar: days === 0 ? 'في اليوم نفسه لادعاء سابق' : `على بعد ${days} يوم من ادعاء سابق`,
    en: days === 0 ? 'Same day as an earlier claim' : `${days} day(s) from an earlier claim`,
  }),
  'same-claimant': (claimant: string): Message => ({ ar: `المصدر نفسه: ${claimant}`, en: `Same claimant: ${claimant}` }),
  'same-value': (v: number): Message => ({ ar: `القيمة نفسها: ${fmt(v)}`, en: `Same value: ${fmt(v)}` }),
  'near-value': (v: number, lo: number, hi: number): Message => ({
    ar: `القيمة ${fmt(v)} قريبة من القيم السابقة (${fmt(lo)}–${fmt(hi)})`,
    en: `Value ${fmt(v)} is close to earlier values (${fmt(lo)}–${fmt(hi)})`,
  }),
  'shared-words': (words: string[]): Message => ({
    ar: `كلمات مشتركة: ${words.map((w) => wordName(w, 'ar')).join('، ')}`,
    en: `Shared words: ${words.map((w) => wordName(w, 'en')).join(', ')}`,
  }),
} satisfies Record<ReasonCode, (...args: never[]) => Message>;

export function reason<C extends ReasonCode>(code: C, ...args: Parameters<(typeof reasonMessages)[C]>): Reason {
  const make = reasonMessages[code] as (...a: unknown[]) => Message;
  return { code, message: make(...args) };
}
