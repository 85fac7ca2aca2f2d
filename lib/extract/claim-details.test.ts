import { describe, expect, it } from 'vitest';
import { canonicalClaimant, claimantKindOf } from './claim-details';
import { COUNTED_KINDS, countedKindOf } from './counted-kinds';
import { extractClaims } from './index';

describe('the counted-kinds vocabulary', () => {
  it('has an Arabic and an English label for every kind, and unique ids', () => {
    expect(new Set(COUNTED_KINDS.map((k) => k.id)).size).toBe(COUNTED_KINDS.length);
    for (const k of COUNTED_KINDS) {
      expect(k.ar).toMatch(/[\u0600-\u06ff]/);
      expect(k.en).toMatch(/^[a-z ]+$/);
    }
  });

  it.each([
    ['civilians killed', 'casualties', 'killed'],
    ['aid workers killed', 'casualties', 'killed'],
    ['children injured', 'casualties', 'injured'],
    ['refugee families', 'displacement', 'refugees'],
    ['people receiving aid', 'aid', 'aid-recipients'],
    ['aid trucks', 'aid', 'trucks'],
    ['ceasefire violations', 'violations', 'violations'],
    ['drones', 'other', 'drones-missiles'],
    ['money', 'aid', 'aid-money'],
    ['houses destroyed', 'other', 'damage'],
  ])('%s is %s', (label, category, kind) => {
    expect(countedKindOf(label, category)).toBe(kind);
  });
});

describe('the kind of a source', () => {
  it.each([
    ['وزارة الصحة', 'organization'],
    ['المتحدث باسم وزارة الصحة', 'person'],
    ['مصادر طبية', 'person'],
    ['أمادو عبد الرحمن', 'person'],
    ['الجانب الروسي', 'organization'],
  ])('%s is a %s', (claimant, kind) => {
    expect(claimantKindOf(claimant, 'ar')).toBe(kind);
  });

  it.each([
    ['health ministry spokesman', 'person'],
    ['Health Ministry', 'organization'],
    ['OCHA', 'organization'],
    ['Ihor Klymenko', 'person'],
  ])('%s is a %s', (claimant, kind) => {
    expect(claimantKindOf(claimant, 'en')).toBe(kind);
  });
});

describe('the full name behind a back-reference or an acronym', () => {
  it('takes "المنظمة" back to the body named in full earlier', () => {
    const text = 'أعلنت منظمة الهجرة الدولية نزوح آلاف الأسر. وقالت المنظمة إن 300 أسرة عادت.';
    expect(canonicalClaimant(text, 'المنظمة', text.indexOf('300'), 'ar')).toBe('منظمة الهجرة الدولية');
  });

  it('takes "المكتب" forward when the report names the office in full only later', () => {
    const text = 'ذكر المكتب أن 40 ألف شخص نزحوا. وأفاد مكتب أوتشا بأن القوافل وصلت.';
    expect(canonicalClaimant(text, 'المكتب', 0, 'ar')).toBe('مكتب أوتشا');
  });

  it('spells out a quoted acronym the report never spells out', () => {
    expect(canonicalClaimant('وقال "أوتشا" إن 12 شاحنة دخلت.', 'أوتشا', 5, 'ar')).toBe('مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية');
  });

  it('fills the claim fields for an Arabic report', () => {
    const [claim] = extractClaims('قالت وزارة الصحة إن 12 شخصاً قتلوا في القصف.');
    expect(claim).toMatchObject({ counted: 'شخصاً', countedLabel: 'killed', countedKind: 'killed', claimantKind: 'organization', claimantCanonical: null, rule: 'ar.number' });
    expect(claim.confidence).toBeGreaterThan(0.5);
    expect(claim.confidence).toBeLessThanOrEqual(1);
  });
});
