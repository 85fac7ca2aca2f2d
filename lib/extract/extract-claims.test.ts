import { describe, expect, it } from 'vitest';
import { extractClaims } from './index';
import { CATEGORIES, QUALIFIERS } from './types';

describe('numbers that are not claims', () => {
  it.each([
    ['a year after عام', 'وفي عام 2023 تصاعدت المعارك.'],
    ['a year after في', 'منذ الحرب الأخيرة في 2020، بأنها أخفقت.'],
    ['a year after منذ', 'يستمر النزاع منذ 2014 دون حل.'],
    ['a date', 'وقع الهجوم في 22 سبتمبر الماضي.'],
    ['a date with a month name', 'منذ 7 أكتوبر و11 تشرين الأول.'],
    ['a written date', 'نشر التقرير في 22/9/2023.'],
    ['a clock time', 'دخل وقف النار حيز التنفيذ الساعة 10 صباحا.'],
    ['a clock time with minutes', 'وتمت العملية بين الساعة 22:25 و23:10 بتوقيت موسكو.'],
    ['an age', 'وأصيب طفل عمره 12 عاما.'],
    ['an age with يبلغ', 'طفل يبلغ من العمر 12 عاما.'],
    ['a resolution number', 'ودعا إلى تطبيق القرار 2334 الصادر عن مجلس الأمن.'],
    ['an article number', 'وفق المادة 5 من الميثاق.'],
    ['a phone number', 'للتواصل اتصلوا على 0123456789.'],
    ['a year after a month', 'وفي شباط 2024 أعلن عن الخطة.'],
    ['one a day is how often', 'وقالت الأم إن أطفالها يتناولون وجبة واحدة يومياً منذ أسابيع.'],
    ['"in a single" is emphasis, not a count', 'ووصف المسؤول ما جرى بأنه أكبر دمار يلحق بالحي في قصف واحد.'],
    ['a year after a month with its other name in brackets', 'وكان الاتفاق الموقع في مارس (آذار) 2025 قد نص على انسحاب القوات.'],
    ['a toll-free line', 'ويمكن للمتضررين الإبلاغ عبر الرقم المجاني 800123 على مدار الساعة.'],
    ['a hotline', 'وخصصت البلدية الخط الساخن 1415 لتلقي البلاغات.'],
    ['an emergency number', 'ودعت السكان إلى الاتصال برقم الطوارئ الموحد 112 عند الحاجة.'],
    ['a duration', 'بعد 24 ساعة من المعارك واستمرت المحادثات ساعتين.'],
    ['a distance', 'في مدينة يفلاخ على بعد 295 كلم غرب العاصمة.'],
    ['years', 'وهي الهزيمة الثانية في ثلاثة أعوام.'],
    ['Monday', 'وقال الجيش يوم الاثنين إن الوضع هادئ.'],
    ['two sides', 'وأكد الوزير أنه لا يوجد "طرفان في هذا الصراع".'],
    ['a number with no counted thing', 'وارتفع المؤشر إلى 120 نقطة، وجاء في المرتبة 5.'],
    ['an ordinal', 'في اليوم الثالث والأربعين من الهدنة.'],
    ['a count of something not counted here, after a toll word', 'وارتفع عدد القتلى في المنطقة التي تضم 5 دول.'],
    ['a count of ships after a return', 'وشهد الميناء عودة 3 سفن.'],
  ])('%s', (_, text) => {
    expect(extractClaims(text)).toEqual([]);
  });
});

describe('offsets into the text exactly as given', () => {
  const text =
    '\ufeffوقالت\u00a0الوزارة\u200f إن\u00a0خمسةَ\u00a0آلافٍ\u00a0شخصٍ نزحوا، وقُتِلَ ٣٠٠ شخصـاً، بينهم مدنيَّان، وأصيب بـ«١٢٬٥٠٠» جريحٍ.';
  const claims = extractClaims(text);

  it('quote is text.slice(start, end) for every claim and mention', () => {
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      expect(text.slice(c.start, c.end)).toBe(c.quote);
      expect(c.mentions[0]).toEqual({ start: c.start, end: c.end });
    }
  });

  it('reads the numbers through NBSP, tatweel, diacritics and bidi marks', () => {
    expect(claims.map((c) => [c.quote, c.value, c.countedLabel, c.claimant])).toEqual([
      ['خمسةَ\u00a0آلافٍ\u00a0شخصٍ', 5000, 'people displaced', 'الوزارة'],
      ['٣٠٠ شخصـاً', 300, 'killed', 'الوزارة'],
      ['مدنيَّان', 2, 'civilians killed', 'الوزارة'],
      ['«١٢٬٥٠٠» جريحٍ', 12500, 'injured', 'الوزارة'],
    ]);
  });

  it('renders the claimant with blanks collapsed and invisible marks dropped', () => {
    expect(extractClaims('وقالت\u00a0وزارة\u00a0الصحة\u200f إن 5 أشخاص قتلوا.')[0].claimant).toBe('وزارة الصحة');
  });
});

describe('a claim restated later is one claim', () => {
  it('merges the same value, thing and a compatible source, keeping every mention', () => {
    const text =
      'وأعلنت روسيا أنها رصدت خمسة انتهاكات لوقف إطلاق النار. ' +
      'وقالت وزارة الدفاع الروسية في بيان إنها رصدت خمسة انتهاكات لوقف إطلاق النار.';
    const claims = extractClaims(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ value: 5, countedLabel: 'ceasefire violations', claimant: 'روسيا' });
    expect(claims[0].mentions.map((m) => text.slice(m.start, m.end))).toEqual(['خمسة انتهاكات', 'خمسة انتهاكات']);
  });

  it('merges an unattributed restatement', () => {
    const text = 'مقتل 12 شخصا في غارة. وقالت وزارة الصحة إن 12 شخصا قتلوا في الغارة.';
    const claims = extractClaims(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ value: 12, countedLabel: 'killed', claimant: 'وزارة الصحة' });
    expect(claims[0].mentions).toHaveLength(2);
  });

  it('keeps apart the same number from two different sources or of different things', () => {
    const text =
      'وقالت وزارة الدفاع الروسية إنها رصدت 5 انتهاكات. وقالت وزارة الدفاع الأذربيجانية إنها رصدت 5 انتهاكات. ' +
      'وقتل 5 جنود.';
    expect(extractClaims(text).map((c) => [c.value, c.countedLabel, c.claimant])).toEqual([
      [5, 'violations', 'وزارة الدفاع الروسية'],
      [5, 'violations', 'وزارة الدفاع الأذربيجانية'],
      [5, 'soldiers killed', null],
    ]);
  });
});

describe('categories and counted things', () => {
  it.each([
    ['أسفر القصف عن سقوط 20 قتيلا و45 جريحا.', [[20, 'killed', 'casualties'], [45, 'injured', 'casualties']]],
    ['لقي 12 شخصاً حتفهم.', [[12, 'killed', 'casualties']]],
    ['وفقد 7 صيادين، ولا يزال 3 مفقودين.', [[7, 'fishermen missing', 'casualties'], [3, 'missing', 'casualties']]],
    ['واعتقلت الشرطة 45 متظاهرا.', [[45, 'protesters detained', 'casualties']]],
    ['وأحصت الأمم المتحدة 14 خرقا للهدنة.', [[14, 'ceasefire violations', 'violations']]],
    ['وشنت الطائرات 30 غارة.', [[30, 'airstrikes', 'violations']]],
    ['وتم إجلاء 1,250 شخصا.', [[1250, 'people evacuated', 'displacement']]],
    ['وعبر 600 ألف لاجئ الحدود.', [[600000, 'refugees', 'displacement']]],
    ['مستعدة لاستقبال 40 ألف عائلة من اللاجئين.', [[40000, 'refugee families', 'displacement']]],
    ['ودخلت 200 شاحنة محملة بالمساعدات.', [[200, 'aid trucks', 'aid']]],
    ['ووزع البرنامج 4500 طن من المواد الغذائية.', [[4500, 'tonnes of aid', 'aid']]],
    ['وتعهد المانحون بتقديم 1.5 مليار دولار من المساعدات.', [[1.5e9, 'US dollars', 'aid']]],
    ['ودمر القصف 300 منزل.', [[300, 'homes destroyed', 'other']]],
    ['وأشار إلى أن 70 في المئة من المنازل دمرت.', [[70, 'percent destroyed', 'other']]],
    ['ارتفعت حصيلة الشهداء إلى 45 ألفا و227.', [[45227, 'killed', 'casualties']]],
    ['وبلغ عدد النازحين 1.2 مليون.', [[1_200_000, 'displaced people', 'displacement']]],
    ['ونزح أكثر من مليون، بينهم 400 ألف طفل.', [[1e6, 'people displaced', 'displacement'], [400000, 'children displaced', 'displacement']]],
    ['وقتل 137 شخصا بينهم 26 طفلا و7 نساء.', [[137, 'killed', 'casualties'], [26, 'children killed', 'casualties'], [7, 'women killed', 'casualties']]],
    ['وقتل عشرات المدنيين وشرد الآلاف.', [[null, 'civilians killed', 'casualties'], [null, 'people displaced', 'displacement']]],
  ])('%s', (text, expected) => {
    expect(extractClaims(text).map((c) => [c.value, c.countedLabel, c.category])).toEqual(expected);
  });

  it('uses only the shared vocabulary', () => {
    const claims = extractClaims('قتل نحو 20 شخصا وأصيب أكثر من 30 ونزح 5 آلاف.');
    for (const c of claims) {
      expect(CATEGORIES).toContain(c.category);
      if (c.qualifier !== null) expect(QUALIFIERS).toContain(c.qualifier);
    }
  });
});

describe('output order', () => {
  it('sorts claims by start offset', () => {
    const claims = extractClaims('قتل 3 أشخاص. وأصيب 4 آخرون. وقتل 3 أشخاص. ونزح 9 آلاف شخص.');
    const starts = claims.map((c) => c.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('returns nothing for empty or number-free text', () => {
    expect(extractClaims('')).toEqual([]);
    expect(extractClaims('لا أرقام هنا.')).toEqual([]);
  });
});
