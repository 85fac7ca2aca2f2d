import { describe, expect, it } from 'vitest';
import { extractClaims } from './index';

const read = (text: string) => extractClaims(text).map((c) => [c.value, c.category, c.countedLabel]);

describe('phrasings that carry the event away from the count', () => {
  it('gives people with nothing befalling them the event of the toll before them', () => {
    expect(read('وقال الاتحاد إن عدد الرياضيين الذين استشهدوا ارتفع إلى 585 رياضياً.')).toEqual([[585, 'casualties', 'athletes killed']]);
  });

  it('reads the noun after a quotation that closes on the number', () => {
    const [claim] = extractClaims('وزعمت الجماعة أنها قتلت "أكثر من 100" من عناصر الجيش.');
    expect([claim.value, claim.qualifier, claim.category, claim.countedLabel]).toEqual([100, 'more than', 'casualties', 'personnel killed']);
  });

  it('lets a noun no lexicon lists share the event of the count it is joined to', () => {
    expect(read('وزعمت الجماعة أن مقاتليها استولوا على 12 آلية و3 مدافع هاون.')).toEqual([
      [12, 'other', 'vehicles seized'],
      [3, 'other', 'things seized'],
    ]);
  });

  it('lets a count joined by "و" share the verb after the count it is joined to', () => {
    expect(read('وقال المتحدث إن 21 راكباً و4 من عناصر الشرطة قُتلوا.')).toEqual([
      [21, 'casualties', 'passengers killed'],
      [4, 'casualties', 'personnel killed'],
    ]);
  });

  it('reads a verbal noun in the accusative', () => {
    expect(read('وقال المسؤول إن القصف ألحق أضراراً بـ 67 منزلاً ومدرستين.')).toEqual([
      [67, 'other', 'homes damaged'],
      [2, 'other', 'schools damaged'],
    ]);
    expect(read('وقال المندوب إن 25 مليون سوداني يواجهون جوعاً حاداً.')).toEqual([[25e6, 'aid', 'Sudanese facing hunger']]);
  });

  it('reads a toll word whose noun carries a possessive', () => {
    expect(read('وكان عدد سكانه قد تجاوز 150 ألفاً.')).toEqual([[150000, 'other', 'residents']]);
  });
});

describe('attacks counted as times', () => {
  it.each([
    ['struck', 'وقالت الإدارة إن الضربات استهدفت الموانئ 14 مرة خلال الشهر الماضي.', [[14, 'violations', 'attacks']]],
    ['violated', 'وقال الجيش إن القوات خرقت الهدنة 30 مرة.', [[30, 'violations', 'violations']]],
    ['opened fire', 'وقالت الوزارة إن وحدات العدو أطلقت النار 9 مرات على مواقعها.', [[9, 'violations', 'attacks']]],
    ['a visit is no attack', 'وزار الوزير المخيم 3 مرات.', []],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
