import { describe, expect, it } from 'vitest';
import { extractClaims } from './index';

const read = (text: string) => extractClaims(text).map((c) => [c.value, c.countedLabel, c.category]);

describe('counts that lean on the count before them', () => {
  it.each([
    ['the low end of a range takes the noun of the high end', 'قتل ما بين 20 و30 شخصا في الهجوم.', [[20, 'killed', 'casualties'], [30, 'killed', 'casualties']]],
    [
      'a range\'s low end takes its high end\'s event, not that of the count before the range',
      'ووزعت الفرق مساعدات على 5 آلاف شخص، فيما قد يضطر ما بين 10 و15 ألف شخص إلى النزوح.',
      [[5000, 'people receiving aid', 'aid'], [10000, 'people displaced', 'displacement'], [15000, 'people displaced', 'displacement']],
    ],
    ['a range with إلى', 'نزحت من 100 إلى 150 أسرة.', [[100, 'families displaced', 'displacement'], [150, 'families displaced', 'displacement']]],
    ['a share with its own event', 'غرق قارب يقل 60 مهاجرا، ولقي 12 منهم حتفهم.', [[60, 'migrants', 'displacement'], [12, 'killed', 'casualties']]],
    ['a share with no event of its own', 'انتشلت الفرق 40 جثة، وتم التعرف على 25 منها.', [[40, 'bodies', 'casualties'], [25, 'bodies', 'casualties']]],
    [
      'those named again after و share the event of the count before',
      'وبلغ عدد القتلى من الرجال 420 رجلاً، والنساء 130 امرأة.',
      [[420, 'men killed', 'casualties'], [130, 'women killed', 'casualties']],
    ],
    [
      'and after ومن',
      'وأُصيب من العمال 50 عاملاً، ومن الأطفال 12 طفلاً.',
      [[50, 'workers injured', 'casualties'], [12, 'children injured', 'casualties']],
    ],
    [
      'a share set against the share before',
      'وقالت المنظمة إن 35% من السكان نزحوا، مقارنة بأقل من 10% في العام الماضي.',
      [[35, 'percent displaced', 'displacement'], [10, 'percent displaced', 'displacement']],
    ],
    [
      '"العدد" taking up the count before',
      'وقالت البلدية إن عدد العائدين تجاوز 40 ألف شخص. لكن المنظمة قدّرت العدد بنحو 25 ألف سوري.',
      [[40000, 'returnees', 'displacement'], [25000, 'returnees', 'displacement']],
    ],
    [
      'those "there are" among a count after من بين',
      'ومن بين 900 نازح سجلتهم الفرق، هناك 300 طفل و120 مسناً.',
      [[900, 'displaced people', 'displacement'], [300, 'children displaced', 'displacement'], [120, 'elderly people displaced', 'displacement']],
    ],
    [
      'an enumeration takes the event of what it enumerates',
      'وانتشلت الفرق جثامين 9 أشخاص من تحت أنقاض منزل في حي الشجاعية شرقي المدينة بينهم 3 أطفال.',
      [[9, 'bodies', 'casualties'], [3, 'children killed', 'casualties']],
    ],
    [
      'a breakdown with the noun left out',
      'أطلقت روسيا 40 مسيرة، أسقط 25 منها فوق كييف و10 فوق أوديسا.',
      [[40, 'drones', 'other'], [25, 'drones', 'other'], [10, 'drones', 'other']],
    ],
    [
      'a breakdown by time, the noun left out',
      'وقالت الشرطة إن 40 من عناصرها قتلوا منذ مطلع العام، و95 منذ بدء الحملة.',
      [[40, 'personnel killed', 'casualties'], [95, 'personnel killed', 'casualties']],
    ],
    [
      'a breakdown after بينها',
      'وسجل المركز 9 انتهاكات للهدنة، بينها 4 في حلب و3 في حماة.',
      [[9, 'ceasefire violations', 'violations'], [4, 'ceasefire violations', 'violations'], [3, 'ceasefire violations', 'violations']],
    ],
    [
      'a figure restated as "the number"',
      'وقدر المرصد عدد القتلى بأكثر من 20 ألفا، لكن منظمات محلية تقول إن الرقم قد يصل إلى 40 ألفا.',
      [[20000, 'killed', 'casualties'], [40000, 'killed', 'casualties']],
    ],
    ['a restatement set off by "أي"', 'ونزح 1.5 مليون شخص، أي نحو 70% من السكان، منذ بدء الحرب.', [[1.5e6, 'people displaced', 'displacement'], [70, 'percent displaced', 'displacement']]],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('quotes the ends of a range with "at least" and "up to"', () => {
    expect(extractClaims('قتل ما بين 20 و30 شخصا.').map((c) => [c.quote, c.qualifier])).toEqual([
      ['20', 'at least'],
      ['30 شخصا', 'up to'],
    ]);
  });

  it('leaves a bare number alone when nothing before it was counted', () => {
    expect(read('وصل الوفد في 3 سيارات، و2 في طائرة.')).toEqual([[3, 'vehicles', 'other']]);
    expect(read('وتراجعت المساعدات بين 2023 و2024.')).toEqual([]);
  });
});

describe('nouns this extractor did not count before', () => {
  it.each([
    ['bodies before the number', 'وتسلمت السلطات جثث 15 مهاجرا.', [[15, 'bodies', 'casualties']]],
    ['staff with a possessive', 'وقالت الوكالة إن 40 من موظفيها قتلوا.', [[40, 'staff killed', 'casualties']]],
    ['facilities with a possessive', 'وتعرضت 30 من منشآتها للضرر.', [[30, 'facilities damaged', 'other']]],
    ['an unknown human plural after من', 'قتل 7 من المهندسين في الغارة.', [[7, 'killed', 'casualties']]],
    ['an origin adjective', 'ووصلت 200 أسرة نازحة إلى المخيم.', [[200, 'displaced families', 'displacement']]],
    ['an origin adjective yields to a return', 'وعادت 200 أسرة نازحة إلى قراها.', [[200, 'families returned', 'displacement']]],
    ['an origin adjective with a casualty event', 'وقتل 3 مدنيين نازحين في القصف.', [[3, 'civilians killed', 'casualties']]],
    ['volunteers', 'وقتل 3 متطوعين في الهلال الأحمر.', [[3, 'volunteers killed', 'casualties']]],
    ['ships struck', 'واستهدف الحوثيون 4 سفن تجارية.', [[4, 'ships struck', 'other']]],
    ['areas in famine', 'وتأكدت المجاعة في 5 مناطق.', [[5, 'areas facing hunger', 'aid']]],
    ['schools used as shelters', 'وفتحت الحكومة 40 مدرسة لإيواء النازحين.', [[40, 'schools used as shelters', 'aid']]],
    ['aid flights', 'ووصلت 3 طائرات محملة بالمساعدات الطبية.', [[3, 'aid flights', 'aid']]],
    ['attacks counted by a monitor', 'ورصد المركز 12 عملية قصف.', [[12, 'attacks', 'violations']]],
    ['prisoners who returned in an exchange', 'وعاد 90 أسيرا في عملية تبادل.', [[90, 'prisoners released', 'other']]],
    ['people left without shelter', 'وترك الحريق 3 آلاف شخص بلا مأوى.', [[3000, 'people left homeless', 'displacement']]],
    ['two homes destroyed', 'ودمرت الغارة منزلين.', [[2, 'homes destroyed', 'other']]],
    ['a plural in -ين with اثنين after it', 'وقتل صحفيين اثنين.', [[2, 'journalists killed', 'casualties']]],
    ['one doctor killed', 'ولقي أحد الأطباء حتفه أثناء عمله.', [[1, 'doctors killed', 'casualties']]],
    ['one of them died', 'وأصيب 5 أشخاص، توفي أحدهم لاحقا.', [[5, 'injured', 'casualties'], [1, 'killed', 'casualties']]],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['countries with nothing befalling them', 'ورحبت بالقرار 12 دولة.'],
    ['two towns merely targeted', 'واستهدف القصف بلدتين في الريف.'],
    ['an operation that is not an attack', 'ونفذ الجيش 3 عمليات عسكرية.'],
    ['one who speaks', 'وقال أحد السكان إن الوضع صعب.'],
    ['one of the largest', 'وهو أحد أكبر المخيمات في المنطقة.'],
    ['a ratio', 'وقال إن واحدا من كل خمسة أطفال يعاني من سوء التغذية.'],
    ['a ratio with لكل', 'ويوجد طبيب واحد لكل 10 آلاف نسمة.'],
  ])('no claim: %s', (_, text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('more of the language of counting', () => {
  it.each([
    ['a dual verb', 'وقال الدفاع المدني إن شخصين قتلا في القصف.', [[2, 'killed', 'casualties']]],
    ['a feminine plural verb', 'وأفادت تقارير بأن 12 امرأة قتلن في الهجوم.', [[12, 'women killed', 'casualties']]],
    ['among the missing', 'ولا يزال 30 في عداد المفقودين.', [[30, 'missing', 'casualties']]],
    ['an amount in yuan', 'وقدمت الصين مساعدات بقيمة 50 مليون يوان.', [[5e7, 'yuan', 'aid']]],
    ['prisoners who fled escaped', 'وفر 200 سجين من السجن المركزي.', [[200, 'prisoners escaped', 'other']]],
    [
      'a count added with "إضافة إلى"',
      'قتل 50 شخصا، بينهم 20 مدنيا، إضافة إلى 10 عناصر من الشرطة.',
      [[50, 'killed', 'casualties'], [20, 'civilians killed', 'casualties'], [10, 'personnel killed', 'casualties']],
    ],
    [
      'an enumeration of a toll named before its number',
      'ارتفع عدد القتلى إلى 300، بينهم 40 مقاتلا من العشائر و25 مدنيا.',
      [[300, 'killed', 'casualties'], [40, 'fighters killed', 'casualties'], [25, 'civilians killed', 'casualties']],
    ],
    ['sons of a village', 'وقتل 5 من أبناء القرية.', [[5, 'killed', 'casualties']]],
    [
      'an event after a long name',
      'ويقول المسؤولون إن 13 من جنود قوات حفظ السلام الأممية في الإقليم قتلوا.',
      [[13, 'soldiers killed', 'casualties']],
    ],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('what the third batch of reports taught', () => {
  it.each([
    ['a toll named before its number beats a nearer event', 'ارتفع عدد الوفيات الناجمة عن الجوع إلى 180 شخصا.', [[180, 'deaths', 'casualties']]],
    ['a range sharing its scale', 'وقتل ما بين 10 و15 ألف شخص.', [[10000, 'killed', 'casualties'], [15000, 'killed', 'casualties']]],
    ['"the number of those who"', 'ليرتفع عدد من أعيدوا إلى ليبيا إلى 9 آلاف مهاجر.', [[9000, 'migrants returned', 'displacement']]],
    ['repatriated families', 'وأعادت الحكومة، الأحد، 200 عائلة من المخيم.', [[200, 'families returned', 'displacement']]],
    ['people crossing a border', 'وقالت المنظمة إن 3 آلاف شخص يعبرون الحدود يوميا.', [[3000, 'people displaced', 'displacement']]],
    ['leaving home', 'وأجبرت السيول 20 ألف شخص على ترك منازلهم.', [[20000, 'people displaced', 'displacement']]],
    ['airdrops', 'ونفذت الطائرات 6 عمليات إنزال جوي.', [[6, 'airdrops', 'aid']]],
    ['murders', 'وشهد المخيم 30 جريمة قتل.', [[30, 'murders', 'casualties']]],
    ['livestock', 'ونفق 5 آلاف رأس من الماشية.', [[5000, 'head of livestock', 'other']]],
    ['money for a response plan', 'وتحتاج خطة الاستجابة إلى 80 مليون دولار.', [[8e7, 'US dollars', 'aid']]],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('does not read an office\'s name as a sentence about aid', () => {
    expect(read('وقال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية إن 40 ألف شخص تضرروا.')[0]).not.toContain('aid');
  });

  it('does not pass a people event on through "منها"', () => {
    expect(read('ووزعت المنظمة مستلزمات على 5 آلاف أسرة تحسبا للكوليرا، التي سجلت منها 300 حالة.')).toEqual([
      [5000, 'families receiving aid', 'aid'],
      [300, 'cases', 'other'],
    ]);
  });
});

describe('a count set against the one before it', () => {
  it.each([
    ['"مقابل N" with the noun left out', 'ووصل إلى الجزيرة 4200 مهاجر هذا الشهر، مقابل 2900 في الشهر نفسه من العام الماضي.', [[4200, 'migrants', 'displacement'], [2900, 'migrants', 'displacement']]],
    ['"مقارنة بـN"', 'وسجلت المستشفيات 75 وفاة بالكوليرا، مقارنة بـ40 في الأسبوع السابق.', [[75, 'deaths', 'casualties'], [40, 'deaths', 'casualties']]],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('a figure named by a toll word, with the time it was reached', () => {
  it('"الحصيلة … بلغت نحو N بنهاية العام" takes up the count before', () => {
    expect(read('وأحصت المنظمة 9 آلاف قتيل في الغارات، لكن الحصيلة الكاملة بلغت نحو 14 ألفاً بنهاية 2020.')).toEqual([
      [9000, 'killed', 'casualties'],
      [14000, 'killed', 'casualties'],
    ]);
  });
});

describe('"عدد من" before a verb', () => {
  it.each([
    ['an imperfect in -ون', 'وقدّرت الوكالة عدد من يحتاجون إلى الغذاء بـ3 ملايين شخص.'],
    ['a perfect in -وا', 'وقال إن عدد من غادروا المدينة تجاوز 20 ألف شخص.'],
  ])('is "the number of those who", no vague count: %s', (_, text) => {
    expect(extractClaims(text).some((c) => c.value === null)).toBe(false);
  });
});

describe('a count reached, given again for other times', () => {
  it('"وكان العدد N مساء الجمعة، وM مساء الخميس" after the count it tallies', () => {
    expect(read('وقالت السلطات إن 40 ألف شخص نزحوا من المدينة. وكان العدد 31 ألفاً صباح الأحد، و22 ألفاً مساء السبت.')).toEqual([
      [40000, 'people displaced', 'displacement'],
      [31000, 'people displaced', 'displacement'],
      [22000, 'people displaced', 'displacement'],
    ]);
  });

  it('"العدد" after a verb of reaching is no issue number', () => {
    expect(read('وأجلت الفرق 300 مريض. ثم بلغ العدد 450 مساء اليوم.').map((c) => c[0])).toEqual([300, 450]);
  });

  it('a question in a transcript takes up the figure of the answer before it', () => {
    const text = 'الضيف: قُتل 900 شخص في المدينة منذ بداية الحصار.\n\nالمذيع: منظمات تقول إن العدد قد يصل إلى 1500؟\n';
    expect(read(text)).toEqual([
      [900, 'killed', 'casualties'],
      [1500, 'killed', 'casualties'],
    ]);
  });
});

describe('a count right after a month name', () => {
  it('"منذ يناير/كانون الثاني 240": no day or year, so a count', () => {
    expect(read('وارتفع عدد القتلى منذ يناير/كانون الثاني 240، وفق الهيئة.')).toEqual([[240, 'killed', 'casualties']]);
  });

  it('"منذ أيار 2023" stays a date', () => {
    expect(read('وارتفع عدد القتلى منذ أيار 2023 إلى 75.').map((c) => c[0])).toEqual([75]);
  });
});

describe('a quotation closing on the number', () => {
  it('with the noun right after it', () => {
    expect(read('وقال المسؤول إن الفرق أجلت "نحو 800" شخص من القرى المغمورة.')).toEqual([[800, 'people evacuated', 'displacement']]);
  });
});

describe('a breakdown with each figure in brackets after its name', () => {
  it('counts the people the clause named before the list', () => {
    expect(read('وقالت المنظمة إن الضحايا توزعوا على درعا (12) وحمص (9) وإدلب (4).')).toEqual([
      [12, 'victims', 'casualties'],
      [9, 'victims', 'casualties'],
      [4, 'victims', 'casualties'],
    ]);
  });

  it('a single number in brackets is no breakdown', () => {
    expect(read('وأشار القرار (2417) إلى حماية المدنيين.')).toEqual([]);
  });
});

describe('a toll word with a possessive on an alef-maqsura plural', () => {
  it('"عدد قتلاه" counts the dead', () => {
    expect(read('وأقر الجيش بمقتل ضابط، ليرتفع عدد قتلاه منذ بدء الهجوم إلى 212.').map((c) => c.slice(0, 3))).toContainEqual([212, 'killed', 'casualties']);
  });
});

describe('some of those counted, with no verb of their own', () => {
  it('share the category of the count before them', () => {
    expect(read('وبلغ عدد الوافدين حتى أمس 1200 وافد، بينهم 400 سوري.')).toContainEqual([400, 'Syrians among new arrivals', 'displacement']);
  });
});

describe('"العدد" after a background population', () => {
  it('takes up the count of people something befell, not the population', () => {
    expect(read('ونزح 40 ألف شخص من المدينة، التي يقدّر سكانها بنحو 90 ألف نسمة.\n\nوكان العدد 31 ألفاً أمس.')).toContainEqual([31000, 'people displaced', 'displacement']);
  });
});
