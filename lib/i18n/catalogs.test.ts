import { describe, expect, it } from 'vitest';
import { ar } from './messages/ar';
import { en } from './messages/en';
import { createCountTranslator, parseTemplate } from './translate';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));
}

/** A plain-text message without the isolates around its values. */
const strip = (s: string) => s.replace(/[\u2068\u2069]/g, '');

const placeholders = (text: string) =>
  parseTemplate(text)
    .flatMap((p) => ('name' in p ? [p.name] : []))
    .sort();

describe('message catalogs', () => {
  const { counts: arCounts, ...arPlain } = ar;
  const { counts: enCounts, ...enPlain } = en;
  const arLeaves = new Map(leaves(arPlain as unknown as Tree));
  const enLeaves = new Map(leaves(enPlain as unknown as Tree));
  /** Every message, counted forms included. */
  const arAll = [...leaves(ar as unknown as Tree)];
  const enAll = [...leaves(en as unknown as Tree)];

  it('have exactly the same keys in Arabic and English', () => {
    const missingInArabic = [...enLeaves.keys()].filter((k) => !arLeaves.has(k));
    const missingInEnglish = [...arLeaves.keys()].filter((k) => !enLeaves.has(k));
    expect({ missingInArabic, missingInEnglish }).toEqual({ missingInArabic: [], missingInEnglish: [] });
  });

  it('use the same placeholders in both languages', () => {
    const mismatched = [...enLeaves].filter(([k, v]) => JSON.stringify(placeholders(v)) !== JSON.stringify(placeholders(arLeaves.get(k) ?? '')));
    expect(mismatched.map(([k]) => k)).toEqual([]);
  });

  it('have no empty messages', () => {
    expect([...arAll, ...enAll].filter(([, v]) => !v.trim()).map(([k]) => k)).toEqual([]);
  });

  it('write Arabic messages in Arabic (Latin only for key names, product names and formats)', () => {
    const latinWords = arAll
      .filter(([k]) => !k.startsWith('languageNames.'))
      .flatMap(([k, v]) => (parseTemplate(v).flatMap((p) => ('text' in p ? p.text.match(/[A-Za-z]{2,}/g) ?? [] : [])).map((w) => `${k}: ${w}`)));
    const allowed = /: (Ctrl|Enter|Esc|http|https)$/;
    expect(latinWords.filter((w) => !allowed.test(w))).toEqual([]);
  });

  describe('counted messages', () => {
    const catalogs = { ar: arCounts as Record<string, Record<string, string>>, en: enCounts as Record<string, Record<string, string>> };

    it('exist in both languages, with exactly the plural forms each language has', () => {
      expect(Object.keys(arCounts).sort()).toEqual(Object.keys(enCounts).sort());
      for (const [locale, counts] of Object.entries(catalogs)) {
        const categories = [...new Intl.PluralRules(locale).resolvedOptions().pluralCategories].sort();
        for (const [key, forms] of Object.entries(counts)) expect(Object.keys(forms).sort(), `${locale} counts.${key}`).toEqual(categories);
      }
      expect(new Intl.PluralRules('ar').resolvedOptions().pluralCategories).toHaveLength(6);
    });

    it('use no placeholder the English message does not have', () => {
      for (const [key, enForms] of Object.entries(catalogs.en)) {
        const allowed = new Set(placeholders(enForms.other));
        for (const forms of [catalogs.ar[key], enForms]) {
          for (const text of Object.values(forms)) expect(placeholders(text).filter((p) => !allowed.has(p)), `counts.${key}`).toEqual([]);
        }
      }
    });

    it('agree with the number in Arabic: two is a dual, eleven takes the singular, three to ten the plural', () => {
      const tCount = createCountTranslator('ar', ar);
      expect(strip(tCount('publishedVerdicts', 1))).toBe('حكم منشور واحد');
      expect(strip(tCount('publishedVerdicts', 2))).toBe('حكمان منشوران');
      expect(strip(tCount('publishedVerdicts', 3))).toBe('٣ أحكام منشورة');
      expect(strip(tCount('publishedVerdicts', 11))).toBe('١١ حكماً منشوراً');
      expect(strip(tCount('publishedVerdicts', 100))).toBe('١٠٠ حكم منشور');
      expect(strip(tCount('claimsJudged', 17, { done: '٤' }))).toBe('حُسم ٤ من ١٧ ادعاءً');
    });

    it('agree with the number in English', () => {
      const tCount = createCountTranslator('en', en);
      expect(strip(tCount('mentions', 1))).toBe('Mentioned once');
      expect(strip(tCount('mentions', 2))).toBe('Mentioned 2 times');
      expect(strip(tCount('importCreated', 1200))).toBe('Imported. 1,200 claims found.');
    });
  });
});
