import { describe, expect, it } from 'vitest';
import { extractClaims } from './index';

const values = (text: string) => extractClaims(text).map((c) => [c.quote, c.value, c.countedLabel]);

describe('dual nouns count two', () => {
  it.each([
    ['ورصدت القوات الروسية انتهاكين لوقف إطلاق النار.', 'انتهاكين', 'ceasefire violations'],
    ['وفي شوشا سجل انتهاكان.', 'انتهاكان', 'violations'],
    ['وأعلن الجيش مقتل جنديين في المعارك.', 'جنديين', 'soldiers killed'],
    ['أسفر الانفجار عن مقتل مدنيَّين.', 'مدنيَّين', 'civilians killed'],
    ['وقتل أربعة شرطيين ومدنيَّين بانفجار لغمَين.', 'مدنيَّين', 'civilians killed'],
    ['وسقط قتيلان في الاشتباكات.', 'قتيلان', 'killed'],
    ['وأصيب شخصان بجروح.', 'شخصان', 'injured'],
    ['وألقت المروحيات برميلين متفجرين على البلدة.', 'برميلين', 'barrel bombs'],
    ['ودخلت شاحنتان محملتان بالمساعدات الإنسانية.', 'شاحنتان', 'aid trucks'],
    ['وقتل جنديان اثنان.', 'جنديان اثنان', 'soldiers killed'],
  ])('%s', (text, quote, counted) => {
    expect(values(text)).toContainEqual([quote, 2, counted]);
  });
});

describe('words that only look like duals', () => {
  it.each([
    'وأكد الوزير أنه لا يوجد طرفان في هذا الصراع.',
    'وقال الانفصاليون في بيان "شدد الطرفان على ضرورة الحوار".',
    'واتفق الجانبان على تبادل الأسرى بين الجانبين.',
    'ونقل الجنديين المصابين إلى المستشفى.',
    'وقتل مدنيين في القصف.',
    'وقتل مدنيِّين في القصف.',
    'رصدت انتهاكات في منطقتي شوشا وماردكرت.',
    'واستمرت المحادثات نحو ساعتين.',
    'وزار وفد من إيران ولبنان العاصمة وأصدر بيانا كان منتظرا في الثلاثين من الشهر.',
    'وقع الحادث في الأربعين.',
  ])('%s', (text) => {
    expect(extractClaims(text).filter((c) => c.value === 2)).toEqual([]);
  });

  it('reads a dual adjective after a dual noun as the same two', () => {
    expect(extractClaims('وأسقطت الدفاعات الجوية طائرتين مسيرتين فوق الميناء.').map((c) => c.value)).toEqual([2]);
    expect(extractClaims('وقُتل جنديان اثنان وأصيب مدنيان آخران.').map((c) => c.value)).toEqual([2, 2]);
  });

  it('reads the compound a dual adjective makes: two drones are no aid flights', () => {
    expect(values('وقصفت الجماعة المخيم بطائرتين مسيرتين، ما أدى إلى احتراق 30 خيمة من خيام الإغاثة.')).toContainEqual(['طائرتين مسيرتين', 2, 'drones']);
  });

  it('reads a plural after a number as the counted noun, not a dual', () => {
    expect(values('وقتل خمسة مدنيين و4 شرطيين.')).toEqual([
      ['خمسة مدنيين', 5, 'civilians killed'],
      ['4 شرطيين', 4, 'police officers killed'],
    ]);
  });
});

describe('two duals joined by و', () => {
  it('are two counts, not a noun and its adjective', () => {
    expect(values('وأسفر القصف عن مقتل 7 أشخاص، بينهم رجلان وطفلتان.').map((c) => c[2])).toEqual(['killed', 'men killed', 'girls killed']);
  });
});

describe('a noun counted only in a compound, in the dual construct', () => {
  it('"منصتي إطلاق" counts two launchers', () => {
    expect(values('وقال الجيش إنه دمّر منصتي إطلاق قرب الحدود.').map((c) => [c[1], c[2]])).toEqual([[2, 'launchers']]);
  });

  it('"منصتي إكس وتلغرام" counts nothing', () => {
    expect(values('ونشرت الوزارة البيان على منصتي إكس وتلغرام.')).toEqual([]);
  });
});

describe('a vehicle in the dual construct before its cargo', () => {
  it('"شاحنتي وقود" counts two trucks', () => {
    expect(values('وأرسلت البلدية إلى المخيم شاحنتي وقود.').map((c) => [c[1], c[2]])).toEqual([[2, 'trucks']]);
  });

  it('"سيارتي" alone is "my car"', () => {
    expect(values('وقال إنه ترك سيارتي في المدينة.')).toEqual([]);
  });
});
