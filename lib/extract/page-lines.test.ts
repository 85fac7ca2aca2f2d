import { describe, expect, it } from 'vitest';
import { extractClaims } from './index';

const values = (text: string) => extractClaims(text).map((c) => c.value);

describe('a related-links block', () => {
  it('lists other articles: their headlines are not this report\'s claims', () => {
    const text =
      'قتل 12 شخصا في قصف على المدينة، بحسب الدفاع المدني.\n\nاقرأ أيضا\n\n' +
      'الأمم المتحدة: 300 ألف نازح في أسبوع\nمقتل 5 صحفيين في غارة\n\n' +
      'وقالت وزارة الصحة في بيان إن 40 شخصا أصيبوا بجروح متفاوتة في القصف الذي استهدف سوقا شعبية وسط المدينة صباح اليوم.';
    expect(values(text)).toEqual([12, 40]);
  });

  it('with the heading and a headline on one line', () => {
    expect(values('قتل 3 أشخاص في الغارة.\nاقرأ أيضا: نزوح 20 ألف شخص من المدينة\nوأصيب 7 آخرون.')).toEqual([3, 7]);
  });

  it('under a content system\'s Latin label left in by the scraper ("(Related Nodes field)")', () => {
    const text =
      'وقال المتحدث إن 15 مدنياً قتلوا في القصف.\n\n(Related Nodes field)\n\nنزوح 8 آلاف شخص من القرى الحدودية\n\nمقتل 6 في انفجار بالعاصمة\n';
    expect(values(text)).toEqual([15]);
    expect(values('أصيب 4 أشخاص في الحادث.\nSee also:\nإجلاء 300 عائلة من الحي\n')).toEqual([4]);
  });

  it('under "قصص مقترحة" (suggested stories)', () => {
    expect(values('وأصيب 9 أشخاص في القصف، بحسب الدفاع المدني.\n\nقصص مقترحة\nالجيش يعلن إسقاط 14 مسيرة فوق العاصمة\n')).toEqual([9]);
  });

  it('ends where report text resumes, even without a full stop', () => {
    const text =
      'مواضيع ذات صلة\nتقرير: 10 آلاف قتيل\n' +
      'وقال المتحدث باسم الوكالة الأممية للصحفيين في جنيف إن الوكالة وزعت خلال الأسبوع الماضي ما يزيد على 50 ألف سلة غذائية على الأسر النازحة';
    expect(values(text)).toEqual([50000]);
  });
});

describe('restatements', () => {
  it('merge a headline with the body', () => {
    const claims = extractClaims('مقتل 3 أشخاص في غارة على رفح\n\nقتل 3 أشخاص في غارة إسرائيلية على رفح فجر اليوم.');
    expect(claims).toHaveLength(1);
    expect(claims[0].mentions).toHaveLength(2);
  });

  it('merge a headline under a scraper\'s line with no Arabic in it', () => {
    const claims = extractClaims(
      'Please enable cookies to continue.\n\nالإغاثة: أكثر من 40 ألف نازح في الإقليم\n\nوقالت منظمة الإغاثة إن أكثر من 40 ألف شخص نزحوا من قراهم منذ بدء المعارك.',
    );
    expect(claims).toHaveLength(1);
    expect(claims[0].mentions).toHaveLength(2);
  });

  it('merge a long page title of two clauses with the body', () => {
    const claims = extractClaims(
      'اشتباكات عنيفة في شمال البلاد.. الجيش يعلن "تحييد" 45 مسلحاً ومنظمة محلية تحصي 90 قتيلاً بين المدنيين\n\n' +
        'وقال الجيش في بيان إنه حيّد 45 مسلحاً خلال الاشتباكات.\n\nوقالت منظمة محلية إن 90 مدنياً قتلوا في الهجوم.',
    );
    expect(claims.map((c) => [c.value, c.mentions.length])).toEqual([
      [45, 2],
      [90, 2],
    ]);
    expect(claims[1].claimant).toBe('منظمة محلية');
  });

  it('but two unattributed incidents with the same small count stay apart', () => {
    const claims = extractClaims('قتل 3 أشخاص في غارة على خان يونس.\nوفي رفح، قتل 3 أشخاص في قصف مدفعي.');
    expect(claims.map((c) => c.mentions.length)).toEqual([1, 1]);
  });

  it('a short line in the body that lost its full stop is no headline', () => {
    const claims = extractClaims(
      'مقتل 3 أشخاص في غارة على خان يونس\n\nقتل 3 أشخاص في غارة على خان يونس فجر اليوم.\n\nقتل 3 أشخاص في قصف مدفعي على رفح\n\nوفي رفح، قتل 3 أشخاص في قصف مدفعي.',
    );
    expect(claims.map((c) => c.mentions.length)).toEqual([2, 1, 1]);
  });

  it('merge a headline with the body when they word the count apart', () => {
    const claims = extractClaims(
      'الدفاع المدني: ثلاثون قتيلاً في انهيار مبنى بالمدينة\n\nقال الدفاع المدني إن 30 شخصاً على الأقل لقوا حتفهم في انهيار مبنى سكني.',
    );
    expect(claims).toHaveLength(1);
    expect(claims[0].mentions).toHaveLength(2);
    expect(claims[0].claimant).toBe('الدفاع المدني');
  });

  it('take the body\'s category for a headline count with no event', () => {
    const claims = extractClaims('السيول تضرب المخيمات وتضرر 1500 أسرة\n\nوقالت الوحدة إن السيول ألحقت أضراراً بـ1500 أسرة نازحة في 12 مخيماً.');
    expect(claims[0].mentions).toHaveLength(2);
    expect(claims[0].category).toBe('displacement');
  });

  it('name a headline\'s source from the body that restates its count', () => {
    const claims = extractClaims('توتر على الحدود.. و"الدفاع": 12 خرقاً خلال يوم\n\nوقالت وزارة الدفاع في بيان إن قوات العدو أطلقت النار 12 مرة على مواقعها.');
    expect(claims.map((c) => [c.value, c.claimant, c.mentions.length])).toEqual([[12, 'وزارة الدفاع', 2]]);
  });

  it('take the body\'s category for money a headline gives bare', () => {
    const claims = extractClaims('حفل خيري يجمع 30 مليون جنيه\n\nوقال المنظمون إن الحفل جمع 30 مليون جنيه ستذهب إلى مساعدات إغاثية للمتضررين.');
    expect(claims.map((c) => [c.category, c.mentions.length])).toEqual([['aid', 2]]);
  });

  it('but do not merge a headline toll with a body count of the injured', () => {
    const claims = extractClaims('مقتل 12 شخصاً في غارة على المدينة\n\nوأصيب 12 شخصاً في غارة على المدينة، فيما قتل 12 آخرون.');
    expect(claims.map((c) => [c.countedLabel, c.mentions.length])).toEqual([
      ['killed', 2],
      ['injured', 1],
    ]);
  });

  it('and a large figure given twice is one claim', () => {
    const claims = extractClaims('نزح 120 ألف شخص من المدينة.\nوكان 120 ألف شخص قد نزحوا من المدينة منذ الشهر الماضي.');
    expect(claims).toHaveLength(1);
  });
});
