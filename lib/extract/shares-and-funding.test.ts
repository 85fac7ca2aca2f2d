import { describe, expect, it } from 'vitest';
import { extractClaims } from './index';

const read = (text: string) => extractClaims(text).map((c) => [c.value, c.category, c.countedLabel]);

describe('shares, funding and money an appeal needs', () => {
  it('reads a percentage followed by "منهم" as a share of the count before it', () => {
    expect(read('وقالت المفوضية إن 939 ألف لاجئ مسجلون لديها، 72% منهم سودانيون.')).toEqual([
      [939000, 'displacement', 'refugees'],
      [72, 'displacement', 'percent displaced'],
    ]);
  });

  it.each([
    ['لم تُمول إلا بنسبة', 'وقالت المفوضية إن الخطة لم تُمول إلا بنسبة 24%.'],
    ['ممولة بنسبة', 'وقال المنسق إن خطة الاستجابة للاجئين ممولة بنسبة 16 في المئة فقط.'],
  ])('reads the funded share of a plan as aid: %s', (_, text) => {
    expect(read(text)).toEqual([[expect.any(Number), 'aid', 'percent funded']]);
  });

  it('reads money a programme needs as aid money', () => {
    expect(read('وأشار البرنامج إلى أن 120 مليون دولار يحتاجها لعملياته حتى نهاية العام.')).toEqual([[120e6, 'aid', 'US dollars']]);
  });

  it('does not let a plain number go on counting the share before it', () => {
    expect(read('وقالت إن 72% منهم سودانيون، مشيرة إلى أنها سجلت 1,200 وافد جديد يومياً.')).toEqual([
      [72, 'other', 'percent'],
      [1200, 'displacement', 'new arrivals'],
    ]);
  });
});
