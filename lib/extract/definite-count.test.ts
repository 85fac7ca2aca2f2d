import { describe, expect, it } from 'vitest';
import { extractClaims } from './index';

const read = (text: string) => extractClaims(text).map((c) => [c.quote, c.value, c.countedLabel]);

describe('a count after its noun, both with the article', () => {
  it('counts "المهاجمين الخمسة" when something befell them', () => {
    expect(read('وقال إن قوات الأمن قتلت المهاجمين الخمسة جميعاً.')).toEqual([['المهاجمين الخمسة', 5, 'attackers killed']]);
    expect(read('وأفرج عن الأسرى الثلاثة أمس.')).toEqual([['الأسرى الثلاثة', 3, 'prisoners released']]);
  });

  it('leaves out the clitics before the noun', () => {
    expect(read('وأصيب الجنود الأربعة والمدنيون.')[0][0]).toBe('الجنود الأربعة');
  });

  it.each([
    ['a duration', 'واستمرت المحادثات الأيام الثلاثة الماضية.'],
    ['people to whom nothing happened', 'وكان الأطفال الأربعة يرعون الأغنام.'],
    ['Monday', 'وقال الأطفال الاثنين إنهم بخير.'],
    ['a body of members', 'وأعلن الأعضاء الخمسة الدائمون موقفهم.'],
  ])('does not count %s', (_, text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('numbers and nouns in other dress', () => {
  it('reads a noun in quotation marks after its number, the marks quoted', () => {
    expect(read('وقال الجيش إنه قتل في عمليات منفصلة 43 "إرهابياً".')).toEqual([['43 "إرهابياً"', 43, 'militants killed']]);
  });

  it('does not take a singular after "من" for the counted noun', () => {
    expect(read('وقال إن 187 تلميذاً من المدرسة الثانوية و100 من المدرسة الابتدائية ما زالوا مفقودين.').map((r) => r[2])).toEqual([
      'pupils',
      'pupils',
    ]);
  });

  it('reads a range written in words, "و" glued to the high end', () => {
    expect(extractClaims('وقالت المفوضية إن المركز يستقبل يومياً ما بين ألف وألف وخمسمائة شخص.').map((c) => [c.quote, c.value, c.qualifier])).toEqual([
      ['ألف', 1000, 'at least'],
      ['ألف وخمسمائة شخص', 1500, 'up to'],
    ]);
    expect(extractClaims('قتل ما بين عشرين وثلاثين شخصا.').map((c) => [c.value, c.qualifier])).toEqual([
      [20, 'at least'],
      [30, 'up to'],
    ]);
  });

  it('reads the accusative of a feminine unit', () => {
    expect(read('وقالت الوزارة إن سبعاً من الإصابات وصفت بالخطيرة.')).toEqual([['سبعاً من الإصابات', 7, 'injured']]);
  });
});
