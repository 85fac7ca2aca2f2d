/**
 * Figures of the economy, which a report on a war or a disaster gives as background: inflation,
 * the exchange rate, growth, a budget, debt, trade, output. A percentage, a sum of money or goods
 * in a sentence about them is no claim this extractor reports; losses and damage (خسائر، أضرار) stay.
 */
import type { Counting } from './counting-result';
import type { Doc } from './document';
import { nouns } from './nouns';
import type { NumberMatch } from './numbers';
import { wordSet } from './word-forms';

const ECONOMY = wordSet(
  (
    'تضخم صرف عملة عملات نمو الناتج بورصة مؤشر موازنة ميزانية عجز دين ديون صادرات واردات إيرادات أرباح ' +
    'رواتب راتب راتبا فائدة فوائد استثمار استثمارات أسهم بطالة برميل قرض قروض سندات ' +
    // Trade and output: "صدّرت 40 مليون طن"، "إنتاج النفط 1.2 مليون برميل".
    'تصدير صدرت إنتاج محصول حصاد نفط ' +
    // Prices and what is owed: "بأسعار تراوحت بين 100 و500 جنيه"، "بألفي جنيه للتذكرة"، "تدين لطهران بـ11 مليار دولار".
    'أسعار تذكرة تذاكر مستحقات مديونية تدين ' +
    // Business and sport: a deal, a transfer fee, a prize, takings: "صفقة بـ62 مليون يورو"، "جائزة البطل 12 مليون دولار".
    'صفقة صفقات جائزة جوائز عائدات مبيعات ' +
    // A price per piece and a trade's takings: "سعر الحبة بين 5 و20 دولاراً"، "تجارة تدرّ 5 مليارات دولار".
    'سعر تجارة ' +
    // A sum paid: "يدفع كل مهاجر ما بين 1.500 و3.000 دينار"، "دفع النادي 7 ملايين دولار لضم مدافع".
    'يدفع تدفع يدفعون دفع دفعت دفعوا'
  ).split(' '),
  { clitics: true, definite: true },
);

/** "سعر الدولار"، "أسعار الصرف": a price of money is the exchange rate. */
const PRICE = /^(و|ف|ب)?(ال)?(سعر|اسعار)$/;

const NAME_WORDS = 4;

function economicSentence(doc: Doc, sent: number): boolean {
  const { tokens } = doc;
  for (let k = doc.sentStart[sent]; k < doc.sentEnd[sent]; k++) {
    // "منظمة "ييش دين"": a short quotation is a name, not the debt (دين) it may spell.
    const close = doc.closeOf[k];
    if (close > k && close - k <= NAME_WORDS) {
      k = close;
      continue;
    }
    const w = tokens[k].text;
    if (ECONOMY.has(w)) return true;
    if (PRICE.test(w) && k + 1 < doc.sentEnd[sent] && nouns.find(tokens[k + 1].text)?.value.noun.kind === 'money') return true;
  }
  return false;
}

/**
 * Counted things that are goods in a sentence about the economy: tonnes of grain exported (not of
 * aid), barrels of oil (not barrel bombs).
 */
const GOODS = new Set(['tonnes', 'barrel bombs']);

/**
 * A bare percentage, a sum of money or a quantity of goods, neither aid nor tied to an event, in a
 * sentence about the economy.
 */
export function economicFigure(doc: Doc, m: NumberMatch, counting: Counting): boolean {
  const { counted, category } = counting.counted;
  if (!GOODS.has(counted) && category !== 'other') return false;
  const { tokens } = doc;
  const next = tokens[m.last + 1];
  const money = next !== undefined && next.sent === tokens[m.first].sent && nouns.find(next.text)?.value.noun.kind === 'money';
  if (!money && counted !== 'percent' && !GOODS.has(counted)) return false;
  return economicSentence(doc, tokens[m.first].sent);
}
