import { describe, expect, it } from 'vitest';
import { ar } from './messages/ar';
import { en } from './messages/en';
import { parseTemplate } from './translate';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));
}

const placeholders = (text: string) =>
  parseTemplate(text)
    .flatMap((p) => ('name' in p ? [p.name] : []))
    .sort();

describe('message catalogs', () => {
  const arLeaves = new Map(leaves(ar as unknown as Tree));
  const enLeaves = new Map(leaves(en as unknown as Tree));

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
    expect([...arLeaves, ...enLeaves].filter(([, v]) => !v.trim()).map(([k]) => k)).toEqual([]);
  });

  it('write Arabic messages in Arabic (Latin only for key names, product names and formats)', () => {
    const latinWords = [...arLeaves]
      .filter(([k]) => !k.startsWith('languageNames.'))
      .flatMap(([k, v]) => (parseTemplate(v).flatMap((p) => ('text' in p ? p.text.match(/[A-Za-z]{2,}/g) ?? [] : [])).map((w) => `${k}: ${w}`)));
    const allowed = /: (Ctrl|Enter|Esc|http|https)$/;
    expect(latinWords.filter((w) => !allowed.test(w))).toEqual([]);
  });
});
