import { describe, expect, it } from 'vitest';
import { buildDoc } from './document';
import { parseDigits, parseNumberAt, parseVagueAt } from './numbers';

/** Parses `text` as one number and checks that every token was used. */
function read(text: string): number | null {
  const { tokens } = buildDoc(text);
  const first = tokens.findIndex((t) => t.kind !== 'p');
  const m = parseNumberAt(tokens, first) ?? parseVagueAt(tokens, first);
  if (!m) throw new Error(`no number in "${text}"`);
  expect(m.last, `"${text}" read only in part`).toBe(tokens.length - 1);
  return m.value;
}

type Gender = 'm' | 'f';
type Case = 'nom' | 'obl';
interface Style {
  gender: Gender;
  case: Case;
  /** و glued to the next word (وعشرون) or written apart (و عشرون). */
  gluedAnd: boolean;
  /** مئة or مائة. */
  hundred: 'مئة' | 'مائة';
  /** ثلاثمئة or ثلاث مئة. */
  joinedHundreds: boolean;
}

const UNITS: Record<Gender, string[]> = {
  m: ['', 'واحد', 'اثنان', 'ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة'],
  f: ['', 'واحدة', 'اثنتان', 'ثلاث', 'أربع', 'خمس', 'ست', 'سبع', 'ثماني', 'تسع'],
};
const TENS = ['', '', 'عشرون', 'ثلاثون', 'أربعون', 'خمسون', 'ستون', 'سبعون', 'ثمانون', 'تسعون'];

const and = (s: Style, word: string) => (s.gluedAnd ? `و${word}` : `و ${word}`);

function unit(n: number, s: Style): string {
  if (n === 2) return s.case === 'nom' ? UNITS[s.gender][2] : UNITS[s.gender][2].replace(/ان$/, 'ين');
  return UNITS[s.gender][n];
}

function tens(n: number, s: Style): string {
  return s.case === 'nom' ? TENS[n] : TENS[n].replace(/ون$/, 'ين');
}

function belowHundred(n: number, s: Style): string {
  if (n < 10) return unit(n, s);
  if (n === 10) return s.gender === 'm' ? 'عشرة' : 'عشر';
  if (n < 20) {
    const teen = s.gender === 'm' ? 'عشر' : 'عشرة';
    if (n === 11) return `${s.gender === 'm' ? 'أحد' : 'إحدى'} ${teen}`;
    if (n === 12) {
      const two = s.gender === 'm' ? (s.case === 'nom' ? 'اثنا' : 'اثني') : s.case === 'nom' ? 'اثنتا' : 'اثنتي';
      return `${two} ${teen}`;
    }
    // 13-19: the unit takes the opposite gender of the ten.
    return `${UNITS[s.gender][n - 10]} ${teen}`;
  }
  const u = n % 10;
  const t = tens(Math.floor(n / 10), s);
  return u === 0 ? t : `${unit(u, s)} ${and(s, t)}`;
}

function hundreds(h: number, s: Style): string {
  if (h === 1) return s.hundred;
  if (h === 2) return s.case === 'nom' ? s.hundred.replace(/ة$/, 'تان') : s.hundred.replace(/ة$/, 'تين');
  const u = UNITS.f[h];
  return s.joinedHundreds ? `${u}${s.hundred}` : `${u} ${s.hundred}`;
}

function belowThousand(n: number, s: Style): string {
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h === 0) return belowHundred(rest, s);
  const head = hundreds(h, s);
  return rest === 0 ? head : `${head} ${and(s, belowHundred(rest, s))}`;
}

function thousands(k: number, s: Style): string {
  if (k === 1) return 'ألف';
  if (k === 2) return s.case === 'nom' ? 'ألفان' : 'ألفين';
  if (k <= 10) return `${belowHundred(k, { ...s, gender: 'm' })} آلاف`;
  const rest = k % 100;
  // 11-99 and x11-x99 take the accusative singular ألفا; round hundreds take the genitive ألف.
  if (k >= 100 && rest === 0) return `${belowThousand(k, s).replace(/تان$/, 'تا').replace(/تين$/, 'تي')} ألف`;
  return `${belowThousand(k, s)} ألفا`;
}

/** An Arabic cardinal written out, in one of its accepted styles. */
export function arabicCardinal(n: number, s: Style): string {
  const k = Math.floor(n / 1000);
  const rest = n % 1000;
  if (k === 0) return belowThousand(rest, s);
  const head = thousands(k, s);
  return rest === 0 ? head : `${head} ${and(s, belowThousand(rest, s))}`;
}

const STYLES: Style[] = [];
for (const gender of ['m', 'f'] as const)
  for (const c of ['nom', 'obl'] as const)
    for (const gluedAnd of [true, false])
      STYLES.push({ gender, case: c, gluedAnd, hundred: gluedAnd ? 'مئة' : 'مائة', joinedHundreds: c === 'nom' });

/** A fixed pseudo-random sample, so failures reproduce. */
function sample(count: number, max: number): number[] {
  let seed = 12345;
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    out.push(1 + (seed % max));
  }
  return out;
}

describe('number words', () => {
  it('reads every number from 1 to 999 in every gender, case and spelling', () => {
    for (let n = 1; n <= 999; n++) {
      for (const style of STYLES) {
        const words = arabicCardinal(n, style);
        expect(read(words), words).toBe(n);
      }
    }
  });

  it('reads thousands up to 999,999', () => {
    const ns = [1000, 2000, 3000, 10000, 11000, 12000, 21000, 100000, 200000, 999999, ...sample(400, 999999)];
    for (const n of ns) {
      for (const style of STYLES) {
        const words = arabicCardinal(n, style);
        expect(read(words), words).toBe(n);
      }
    }
  });

  it('accepts case endings and tanween as written', () => {
    expect(read('ثلاثةُ')).toBe(3);
    expect(read('خمسةَ عشرَ')).toBe(15);
    expect(read('عشرين')).toBe(20);
    expect(read('ثلاثين ألفًا')).toBe(30000);
    expect(read('ألفًا')).toBe(1000);
    expect(read('مئتي ألف')).toBe(200000);
    expect(read('ثلاث مائة')).toBe(300);
    expect(read('ثمانمئة')).toBe(800);
  });

  it('reads scales alone, doubled and in halves', () => {
    expect(read('ألف')).toBe(1000);
    expect(read('ألفين')).toBe(2000);
    expect(read('مليون')).toBe(1e6);
    expect(read('مليونين')).toBe(2e6);
    expect(read('ثلاثة ملايين')).toBe(3e6);
    expect(read('مليار')).toBe(1e9);
    expect(read('مليون ونصف')).toBe(1.5e6);
    expect(read('نصف مليون')).toBe(5e5);
    expect(read('ثلاثة ملايين ومئتا ألف')).toBe(3_200_000);
  });

  it('reads a scale in the nominative dual before its noun (its ن dropped) as two', () => {
    const first = (text: string) => parseNumberAt(buildDoc(text).tokens, 0)?.value;
    expect(first('ألفا دينار')).toBe(2000);
    expect(first('مليونا نازح')).toBe(2e6);
    expect(read('ألفاً وثلاثمائة')).toBe(1300);
    expect(first('ألفاً.')).toBe(1000);
  });

  it('reads the accusative units with their alif and a half that names its scale again', () => {
    expect(read('سبعاً')).toBe(7);
    expect(read('خمساً')).toBe(5);
    expect(read('عشراً')).toBe(10);
    expect(read('مليون ونصف المليون')).toBe(1.5e6);
    expect(read('ألف ونصف الألف')).toBe(1500);
  });

  it('reads a half that names its scale again without the article', () => {
    expect(read('مليون ونصف مليون')).toBe(1.5e6);
    expect(read('ملياري ونصف مليار')).toBe(2.5e9);
    expect(read('4 ملايين ونصف مليون')).toBe(4.5e6);
    // A smaller scale after the half is another group, not the same one again.
    expect(read('مليون ونصف ألف')).not.toBe(1.5e6);
  });

  it('strips a glued preposition or conjunction from the first word', () => {
    const { tokens } = buildDoc('بثلاثة');
    expect(parseNumberAt(tokens, 0)).toMatchObject({ value: 3, prefixLen: 1 });
    expect(read('وعشرين')).toBe(20);
    expect(read('لخمسة آلاف')).toBe(5000);
  });

  it('does not read the definite article as a number', () => {
    const { tokens } = buildDoc('الخمسة');
    expect(parseNumberAt(tokens, 0)).toBeNull();
    expect(parseNumberAt(buildDoc('الثلاثاء').tokens, 0)).toBeNull();
  });
});

describe('digits', () => {
  it('reads every digit script', () => {
    expect(read('123')).toBe(123);
    expect(read('١٢٣')).toBe(123);
    expect(read('۱۲۳')).toBe(123);
    expect(read('١٢3')).toBe(123);
  });

  it('reads thousands and decimal separators the Arabic press uses', () => {
    expect(parseDigits('5.191')).toBe(5191);
    expect(parseDigits('1.234.567')).toBe(1234567);
    expect(parseDigits('3,200')).toBe(3200);
    expect(parseDigits('12,500.5')).toBe(12500.5);
    expect(parseDigits('12.500,5')).toBe(12500.5);
    expect(parseDigits('4.9')).toBe(4.9);
    expect(parseDigits('2,5')).toBe(2.5);
    expect(read('١٢٬٥٠٠')).toBe(12500);
    expect(read('٤٫٩')).toBe(4.9);
  });

  it('reads a decimal before a scale word', () => {
    expect(read('4.9 مليون')).toBe(4_900_000);
    expect(read('٤٫٩ مليون')).toBe(4_900_000);
    expect(read('1.500 مليون')).toBe(1_500_000);
    expect(read('2,5 مليار')).toBe(2_500_000_000);
    expect(read('1.1 مليون')).toBe(1_100_000);
  });

  it('reads digits mixed with number words', () => {
    expect(read('38 ألفا و640')).toBe(38640);
    expect(read('3 آلاف و922')).toBe(3922);
    expect(read('10 آلاف')).toBe(10000);
    expect(read('45 ألفا و 227')).toBe(45227);
    expect(read('107 آلاف و573')).toBe(107573);
    expect(read('(9.3) ملايين')).toBe(9_300_000);
  });

  it('does not join two numbers that merely follow each other', () => {
    const { tokens } = buildDoc('5 و3');
    expect(parseNumberAt(tokens, 0)).toMatchObject({ value: 5, last: 0 });
  });
});

describe('unquantified amounts', () => {
  it('reads "a number of", "dozens", "thousands" as null', () => {
    for (const phrase of ['عدد من', 'عددا من', 'عدد كبير من', 'العديد من', 'عشرات', 'مئات', 'آلاف', 'عشرات الآلاف', 'بضعة']) {
      expect(read(phrase), phrase).toBeNull();
    }
  });
});
