import { describe, expect, it } from 'vitest';
import { extractClaims } from './index';

const read = (text: string) => extractClaims(text).map((c) => [c.value, c.category, c.countedLabel]);

describe('aid counted in items, measures, places and money', () => {
  it.each([
    ['sacks of flour', 'وقالت المنظمة إنها وزعت 8 آلاف كيس طحين.', [[8000, 'aid', 'sacks']]],
    ['bundles of bread', 'وقالت المنظمة إنها وزعت 300 ألف ربطة خبز.', [[300000, 'aid', 'bundles of bread']]],
    ['mattresses', 'وقالت المنظمة إنها وزعت 6 آلاف فرشة.', [[6000, 'aid', 'mattresses']]],
    ['vouchers name the families as recipients', 'وقال البرنامج إنه قدم قسائم نقدية لـ 50 ألف أسرة.', [[50000, 'aid', 'families receiving aid']]],
    ['bottles of water, not explosive devices', 'وقالت المنظمة إنها وزعت 15 ألف عبوة مياه.', [[15000, 'aid', 'water bottles']]],
    ['litres of water', 'وقالت اليونيسف إنها وزعت 2 مليون لتر من المياه النظيفة.', [[2e6, 'aid', 'litres of water']]],
    ['litres of fuel joined to aid counted before', 'وقالت الهيئة إن 300 طن من الأدوية و90 ألف لتر من الوقود عبرت المعبر.', [[300, 'aid', 'tonnes of aid'], [90000, 'aid', 'litres of fuel']]],
    ['field hospitals', 'وقالت المنظمة إنها أقامت 3 مستشفيات ميدانية.', [[3, 'aid', 'field clinics']]],
    ['mobile clinics', 'وقالت المنظمة إن 40 عيادة متنقلة تعمل في المنطقة.', [[40, 'aid', 'field clinics']]],
    ['a grant', 'وأعلن البنك الدولي منحة بقيمة 20 مليون دولار لدعم المتضررين.', [[20e6, 'aid', 'US dollars']]],
    ['a donation', 'وأعلنت الكويت تبرعها بمبلغ 5 ملايين دولار للمنكوبين.', [[5e6, 'aid', 'US dollars']]],
    ['aircraft carrying medicines', 'وقالت المنظمة إنها نقلت 50 طناً من الأدوية عبر 4 طائرات.', [[50, 'aid', 'tonnes of aid'], [4, 'aid', 'aid flights']]],
    ['two trucks in construct', 'وقال الجيش إن شاحنتي مساعدات دخلتا المعبر.', [[2, 'aid', 'aid trucks']]],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('reads what aid can cover as aid, not as harm', () => {
    expect(read('وقالت المنظمة إن أدوية تكفي لعلاج 10 آلاف مصاب وصلت.')).toEqual([[10000, 'aid', 'injured (aid capacity)']]);
    expect(read('وأرسل البرنامج أغذية تكفي 50 ألف شخص لمدة شهر.')).toEqual([[50000, 'aid', 'people receiving aid (aid capacity)']]);
  });

  it('leaves litres alone where no aid is spoken of', () => {
    expect(read('وبلغ استهلاك المدينة 2 مليون لتر يومياً.')).toEqual([]);
  });
});

describe('duals in construct', () => {
  it.each([
    ['ambulances', 'وقالت الجمعية إن الغارة دمرت سيارتي إسعاف.', [[2, 'other', 'ambulances destroyed']]],
    ['"my car" is no dual', 'وقال إن سيارتي دُمرت بالكامل.', []],
    ['"my family" is no dual', 'وقالت إن عائلتي قتلت في القصف.', []],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('boats named only by the preposition that carried people', () => {
  it('counts them with the people they carried', () => {
    expect(read('وأفادت الوزارة بأن 41 ألف مهاجر وصلوا إلى الجزر عبر 774 قارباً.')).toEqual([
      [41000, 'displacement', 'migrants'],
      [774, 'displacement', 'boats carrying migrants'],
    ]);
  });

  it('does not count boats travelled by with no people counted before them', () => {
    expect(read('وسافر الوفد عبر 3 قوارب.')).toEqual([]);
  });
});

describe('money at a donors\' meeting', () => {
  it.each([
    ['a pledge named in the sentence', 'وأعلنت هولندا تقديم 90 مليون يورو، فيما لم تعلن اليابان أي تعهد جديد.', 'aid'],
    ['a donor named in the sentence', 'وقدمت النرويج، وهي ثالث أكبر مانح، 45 مليون دولار.', 'aid'],
    ['the cost of rebuilding is damage, not relief', 'وقدّر تقرير أممي كلفة إعادة إعمار المدينة بنحو 3 مليارات دولار.', 'other'],
  ])('%s', (_, text, category) => {
    expect(read(text).map((c) => c[1])).toEqual([category]);
  });
});

describe('vehicles by their cargo', () => {
  it.each([
    ['trucks loaded with arms are no aid', 'وأعلن الجيش تدمير 5 شاحنات محملة بالذخائر قرب الحدود.', [[5, 'other', 'trucks carrying arms']]],
    ['two trucks loaded with fighters', 'وقالت القوات إنها دمرت شاحنتين محملتين بالمسلحين.', [[2, 'other', 'trucks carrying arms']]],
    ['trucks loaded with aid stay aid', 'ودخلت 60 شاحنة محملة بالمساعدات عبر المعبر.', [[60, 'aid', 'aid trucks']]],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
