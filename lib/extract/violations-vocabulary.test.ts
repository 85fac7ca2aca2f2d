import { describe, expect, it } from 'vitest';
import { extractClaims } from './index';

const read = (text: string) => extractClaims(text).map((c) => [c.value, c.category, c.countedLabel]);

describe('violations and attacks a monitor counts', () => {
  it.each([
    ['breaches of a cessation of hostilities', 'وقالت البعثة إنها سجلت 30 اختراقاً جوياً لاتفاق وقف الأعمال العدائية.', [[30, 'violations', 'ceasefire violations']]],
    ['transgressions', 'وقالت البعثة إنها سجلت 20 تجاوزاً للاتفاق.', [[20, 'violations', 'violations']]],
    ['overflights', 'وقالت القوات إنها رصدت 15 تحليقاً للطيران المسير فوق الخط الأزرق.', [[15, 'violations', 'overflights']]],
    ['ambushes', 'وقال الجيش إن المسلحين نصبوا 3 كمائن.', [[3, 'violations', 'ambushes']]],
    ['bombings', 'وقال المرصد إن 6 تفجيرات هزت المدينة.', [[6, 'violations', 'bombings']]],
    ['a count right after a month name', 'وقالت البعثة إنها سجلت منذ مطلع آذار/مارس 44 خرقاً للهدنة.', [[44, 'violations', 'ceasefire violations']]],
    ['skirmishes', 'وقالت الوزارة إن 11 مناوشة وقعت على خط التماس.', [[11, 'violations', 'skirmishes']]],
    ['attacks in the feminine singular', 'وقالت الوزارة إن 14 هجمة استهدفت المنشآت الصحية.', [[14, 'violations', 'attacks']]],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['projectiles', 'وقال الجيش إن القوات أطلقت 200 مقذوف.', [[200, 'other', 'projectiles']]],
    ['helicopters in the dual', 'وقال الجيش إنه أسقط مروحيتين.', [[2, 'other', 'helicopters']]],
    ['rounds fired in a truce', 'وقال الجيش إن الطرف الآخر أطلق 40 قذيفة رغم الهدنة.', [[40, 'violations', 'shells']]],
  ])('weapons: %s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['a breach in the accusative', 'وأعلن الجيش أنه رصد خرقاً جديداً، وأن المسلحين أطلقوا 12 قذيفة.'],
    ['a cessation of infighting', 'ورغم وقف الاقتتال أطلقت الفصائل 12 قذيفة.'],
    ['truces in the plural', 'وخلال الهدن السابقة أطلقت الفصائل 12 قذيفة.'],
  ])('a paragraph about a ceasefire makes weapons fired violations: %s', (_, text) => {
    expect(read(text)).toEqual([[12, 'violations', 'shells']]);
  });
});
