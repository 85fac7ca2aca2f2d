import { describe, expect, it } from 'vitest';
import { extractClaims } from './index';

const PIECES = [
  'قتل', 'وأصيب', 'نزح', 'أكثر من', 'نحو', 'على الأقل', 'شخصا', 'آخرين', 'مدنيَّين', 'انتهاكان', 'شاحنة',
  'ثلاثة', 'وعشرين', 'ألفا', 'آلاف', 'مليون', 'ونصف', 'عشرات', 'عدد من', 'قالت الوزارة', 'وأضاف', 'بحسب',
  'إن', 'أن', 'في بيان', 'الخميس', '5.191', '٤٫٩', '١٢٬٥٠٠', '۳۰', '2023', '10:30', '22/9', 'الـ', 'بـ',
  '«', '»', '"', '(', ')', '،', '.', '؟', '\n', '\u00a0', '\u200f', 'ـ', 'ً', 'ّ', '\ufeff', '%', 'في المئة',
];

/** A fixed pseudo-random sequence, so a failure reproduces. */
function* random(seed: number): Generator<number> {
  let s = seed;
  for (;;) {
    s = (s * 1103515245 + 12345) % 2147483648;
    yield s;
  }
}

function noise(seed: number, length: number): string {
  const r = random(seed);
  let out = '';
  for (let i = 0; i < length; i++) {
    const piece = PIECES[r.next().value % PIECES.length];
    out += piece + (r.next().value % 3 === 0 ? '' : ' ');
  }
  return out;
}

describe('any text', () => {
  it('yields well-formed claims from scrambled report fragments', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const text = noise(seed, 60);
      const claims = extractClaims(text);
      let previous = -1;
      for (const c of claims) {
        expect(text.slice(c.start, c.end), text).toBe(c.quote);
        expect(c.end).toBeGreaterThan(c.start);
        expect(c.start).toBeGreaterThanOrEqual(previous);
        previous = c.start;
        expect(c.mentions[0]).toEqual({ start: c.start, end: c.end });
        for (const m of c.mentions) expect(m.end).toBeGreaterThan(m.start);
        expect(c.value === null || Number.isFinite(c.value)).toBe(true);
      }
    }
  });

  it('handles a very long run without a break in linear time', () => {
    const text = 'قتل 5 أشخاص و'.repeat(20000);
    const t0 = performance.now();
    const claims = extractClaims(text);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(claims.length).toBeGreaterThan(0);
  });
});
