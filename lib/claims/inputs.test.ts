import { describe, expect, it } from 'vitest';
import { importArticleInput } from '@/lib/articles/import-article';
import { saveUserInput } from '@/lib/users/save-user';
import { claimIdSchema, httpUrl, isCalendarDate, optionalText, safeString, unsafeTextReason } from './inputs';
import { commentInput } from './comment-on-claim';
import { claimFieldsSchema } from './claim-fields';

describe('claimIdSchema (strict ids)', () => {
  it('takes a JSON number or a string of digits', () => {
    expect(claimIdSchema.parse('1')).toBe(1);
    expect(claimIdSchema.parse('987654')).toBe(987654);
    expect(claimIdSchema.parse(42)).toBe(42);
  });

  it.each(['0x1', '1e0', ' 1 ', '%201%20', '01', '1.0', '+1', '-1', '0', '', '١', '1_000', '9999999999999999', 'Infinity'])(
    'refuses %j with a message saying what an id is',
    (value) => {
      const result = claimIdSchema.safeParse(value);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0].message).toMatch(/a positive whole number written in digits/);
    },
  );

  it.each([0, -1, 1.5, NaN, Number.MAX_SAFE_INTEGER + 2, true, null, [1], { id: 1 }])('refuses %j', (value) => {
    expect(claimIdSchema.safeParse(value).success).toBe(false);
  });
});

describe('isCalendarDate', () => {
  it('accepts real days, leap days included', () => {
    for (const d of ['2023-09-22', '2024-02-29', '2000-02-29', '1999-12-31']) expect(isCalendarDate(d), d).toBe(true);
  });
  it('refuses impossible days and other shapes', () => {
    for (const d of ['2023-02-31', '2023-02-29', '1900-02-29', '2023-13-01', '2023-00-10', '2023-04-31', '2023-9-2', '2023-09-22T00:00', '22/09/2023', ''])
      expect(isCalendarDate(d), d).toBe(false);
  });
  it('is what the import checks', () => {
    const result = importArticleInput.safeParse({ text: 'نص', title: 'T', published: '2023-02-31' });
    expect(result.error?.issues[0]).toMatchObject({ path: ['published'], message: /real calendar day/ });
  });
});

describe('unsafeTextReason (control and bidi characters)', () => {
  it('allows ordinary Arabic and Latin text, newlines, tabs and the LRM/RLM/ALM marks', () => {
    for (const text of ['قتل 12 شخصاً', 'line one\nline two\r\n\tindented', 'Reuters\u200F قال', '\u200E42\u061C', 'ﷺ and emoji 🙂'])
      expect(unsafeTextReason(text), JSON.stringify(text)).toBeNull();
  });

  it.each([
    ['\u0000', /control character U\+0000 NUL/],
    ['\u0007', /control character U\+0007/],
    ['\u001B', /U\+001B/],
    ['\u007F', /U\+007F/],
    ['\u0085', /U\+0085/],
    ['\u202A', /bidirectional control U\+202A LEFT-TO-RIGHT EMBEDDING/],
    ['\u202E', /bidirectional control U\+202E RIGHT-TO-LEFT OVERRIDE/],
    ['\u2066', /U\+2066 LEFT-TO-RIGHT ISOLATE/],
    ['\u2069', /U\+2069/],
    ['\uD800', /not valid Unicode/],
  ])('refuses %j and says which and where', (char, message) => {
    const reason = unsafeTextReason(`abc${char}def`);
    expect(reason).toMatch(message);
    if (char !== '\uD800') expect(reason).toMatch(/at character 4/);
  });

  it('is applied by every stored text field', () => {
    const evil = 'عدد \u202E21 قتيلاً';
    expect(safeString().safeParse(evil).success).toBe(false);
    expect(optionalText(300).safeParse(evil).success).toBe(false);
    expect(httpUrl.safeParse('https://example.org/\u0000').success).toBe(false);
    expect(commentInput.safeParse({ claimId: 1, note: evil }).success).toBe(false);
    const fields = { start: 0, end: 1, value: 1, qualifier: null, category: 'other', claimant: null };
    expect(claimFieldsSchema.safeParse({ ...fields, counted: evil }).success).toBe(false);
    expect(claimFieldsSchema.safeParse({ ...fields, counted: 'x', claimant: 'a\u0000b' }).success).toBe(false);
    expect(saveUserInput.safeParse({ email: 'a@b.org', role: 'checker', name: evil }).success).toBe(false);
    for (const field of ['title', 'outlet', 'url', 'slug'])
      expect(importArticleInput.safeParse({ text: 'نص', title: 'T', [field]: 'x\u202Dy' }).success, field).toBe(false);
    const text = importArticleInput.safeParse({ text: `${'نص '.repeat(2000)}\u202E`, title: 'T' });
    expect(text.error?.issues[0]).toMatchObject({ path: ['text'], message: /RIGHT-TO-LEFT OVERRIDE/ });
  });
});
