import { describe, expect, it } from 'vitest';
import { extractClaims } from './index';

const read = (text: string) => extractClaims(text).map((c) => [c.value, c.category, c.countedLabel]);

describe('figures of the economy given as background', () => {
  it.each([
    ['inflation', 'وارتفع معدل التضخم إلى 35% في مارس الماضي.'],
    ['the currency', 'وانخفضت قيمة العملة المحلية بنسبة 40 في المئة.'],
    ['a budget', 'وأشار إلى أن الموازنة العامة بلغت 12 مليار دولار.'],
    ['the exchange rate', 'وأفادت الوكالة بأن سعر الدولار بلغ 15 ألف ليرة.'],
    ['unemployment', 'وبلغت نسبة البطالة 28 في المئة وفق الإحصاءات الرسمية.'],
    ['a loan', 'ووافق الصندوق على قرض بقيمة 3 مليارات دولار.'],
    ['grain exported', 'وصدّرت البلاد 40.7 مليون طن من الحبوب بتراجع نسبته 7%.'],
    ['oil output', 'وقالت المؤسسة إن إنتاج النفط بلغ 1.38 مليون برميل يومياً.'],
    ['ticket prices', 'وطرحت الإدارة التذاكر بأسعار تتراوح بين 50 و300 جنيه للتذكرة.'],
    ['a debt owed', 'وقال الوزير إن الشركة تدين للدولة بنحو 2 مليار دولار.'],
    ['gas supplies in cubic metres', 'وتراجعت إمدادات الغاز من 30 مليون متر مكعب يومياً بسبب الأعطال.'],
  ])('are not claims: %s', (_, text) => {
    expect(read(text)).toEqual([]);
  });

  it.each([
    ['losses', 'وقدر البنك الدولي الخسائر الاقتصادية بنحو 5 مليارات دولار.', [[5e9, 'other', 'US dollars']]],
    ['a share, though a quoted name spells a word of debt', 'وتقول منظمة "بيت دين" الحقوقية إن 4% فقط من الشكاوى انتهت بإدانة.', [[4, 'other', 'percent']]],
    ['money lost is money, not people lost', 'وخسرت الشركة 40 مليون دولار بسبب القصف.', [[40e6, 'other', 'US dollars']]],
    ['aid money in a sentence about the economy', 'وقدم المانحون 200 مليون دولار من المساعدات رغم تراجع العملة.', [[200e6, 'aid', 'US dollars']]],
    ['a share of people', 'وقال البرنامج إن 70% من السكان نزحوا رغم انهيار العملة.', [[70, 'displacement', 'percent displaced']]],
    ['grain bought for food aid', 'وقال البرنامج إنه اشترى 1.6 مليون طن من الحبوب لتوزيعها في دول تعاني أزمات غذائية.', [[1.6e6, 'aid', 'tonnes of aid']]],
  ])('stay claims: %s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('sums of business and sport', () => {
  it.each([
    ['a transfer fee', 'وأتم النادي صفقة ضم المهاجم مقابل 45 مليون يورو.'],
    ['a prize', 'ورفع الاتحاد جائزة البطولة إلى 5 ملايين دولار.'],
    ['takings', 'وبلغت عائدات البث التلفزيوني 300 مليون ريال هذا الموسم.'],
    ['a salary in the accusative', 'ويتقاضى المدرب راتباً سنوياً يبلغ 6 ملايين يورو.'],
    ['a training session is no ration', 'وغاب المهاجم عن الحصة التدريبية، فيما بلغ راتب المدرب 3 ملايين دولار.'],
  ])('are not claims: %s', (_, text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('prices and the takings of a trade', () => {
  it.each([
    ['a price per piece', 'ويتراوح سعر الكيس في السوق السوداء بين 8 و12 دولاراً.'],
    ['a trade\'s takings', 'وتدرّ تجارة الوقود المهرّب على الشبكات نحو 300 مليون دولار سنوياً.'],
  ])('are not claims: %s', (_, text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('a sum paid', () => {
  it.each([
    ['a price per person', 'ويدفع كل راكب للمهرّبين ما بين 800 و1.200 دولار.'],
    ['a fee paid for a player', 'ودفع النادي 4 ملايين دولار لضم الحارس.'],
  ])('is no claim: %s', (_, text) => {
    expect(read(text)).toEqual([]);
  });

  it('aid money paid stays aid', () => {
    expect(read('ودفعت المنظمة 3 ملايين دولار مساعدات نقدية للأسر النازحة.')).toEqual([[3e6, 'aid', 'US dollars']]);
  });
});
