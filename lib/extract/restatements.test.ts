import { describe, expect, it } from 'vitest';
import { extractClaims } from './index';

describe('a figure given again', () => {
  it('is one claim when a toll restates it, whoever gives it the second time', () => {
    const claims = extractClaims('أعلنت الحكومة مقتل 56 شخصاً في التدافع.\n\nوقال رئيس الوزراء إن "الحصيلة المؤقتة تشير إلى 56 حالة وفاة".');
    expect(claims).toHaveLength(1);
    expect(claims[0].mentions).toHaveLength(2);
  });

  it('is one claim when a total restates a count made before', () => {
    const claims = extractClaims('قال الرئيس إن روسيا أطلقت 120 صاروخا.\n\nوأعلن سلاح الجو أنه دمر 104 صواريخ من أصل 120.');
    expect(claims.map((c) => [c.value, c.mentions.length])).toEqual([
      [120, 2],
      [104, 1],
    ]);
  });

  it('is one claim when its source gives a large figure again, the counted thing worded apart', () => {
    const claims = extractClaims(
      'وقالت لجنة شؤون المفقودين إن 3.400 مواطن ما زالوا مجهولي المصير.\n\nوأضاف رئيس لجنة شؤون المفقودين أن "3.400 شخص في عداد المفقودين حتى اليوم".',
    );
    expect(claims.map((c) => [c.value, c.mentions.length])).toEqual([[3400, 2]]);
  });

  it('stays two claims when two sources give the same large figure', () => {
    const claims = extractClaims('وقالت وزارة الصحة إن 1500 شخص أصيبوا.\n\nوقال الهلال الأحمر إن 1500 مصاب نقلوا إلى المستشفيات.');
    expect(claims.map((c) => c.mentions.length)).toEqual([1, 1]);
  });

  it('stays two claims when the second is set in another year', () => {
    const claims = extractClaims(
      'وقالت الجبهة إن الحصيلة بلغت 135 قتيلاً.\n\nوتعيد المأساة إلى الأذهان كارثة ملعب في إندونيسيا عام 2022، التي أودت بحياة 135 شخصاً.',
    );
    expect(claims.map((c) => [c.value, c.claimant, c.mentions.length])).toEqual([
      [135, 'الجبهة', 1],
      [135, null, 1],
    ]);
  });

  it('sets a claim in the year of its own clause, not of a clause after it', () => {
    const claims = extractClaims(
      'مخيم يقطنه 70 ألف لاجئ\n\nوبحسب المفوضية، يقطن المخيم نحو 70 ألف لاجئ، بعد أن تجاوز عدد سكانه 150 ألفاً عام 2013.',
    );
    expect(claims.map((c) => [c.value, c.claimant, c.mentions.length])).toEqual([
      [70000, 'المفوضية', 2],
      [150000, 'المفوضية', 1],
    ]);
  });

  it('joins a headline to the body that restates it, taking the source the body names', () => {
    const claims = extractClaims(
      'كينيا: منظمة حقوقية تتحدث عن 32 حالة اختفاء قسري\n\nوقالت اللجنة الوطنية لحقوق الإنسان إنها سجلت 32 حالة اختفاء قسري.',
    );
    expect(claims.map((c) => [c.value, c.claimant, c.mentions.length])).toEqual([[32, 'اللجنة الوطنية لحقوق الإنسان', 2]]);
  });

  it('still joins a restatement when a running tally is dated "since"', () => {
    const claims = extractClaims('ارتفعت حصيلة القتلى منذ عام 2014 إلى 450 قتيلاً، بحسب الوزارة.\n\nوكانت الوزارة أحصت 450 قتيلاً.');
    expect(claims).toHaveLength(1);
  });

  it('stays two claims when two sources give the same figure with no toll word', () => {
    const claims = extractClaims('قالت الوزارة إن 40 شخصا قتلوا في الغارة.\n\nوقال الجيش إن 40 شخصا قتلوا في الاشتباكات.');
    expect(claims).toHaveLength(2);
  });
});
