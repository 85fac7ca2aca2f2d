import { describe, expect, it } from 'vitest';
import { canonicalClaimant, sameClaimant } from './claimant';

describe('claimants', () => {
  it('matches a source across Arabic and English', () => {
    expect(canonicalClaimant('وزارة الدفاع الروسية')).toBe(canonicalClaimant("Russia's defence ministry"));
    expect(sameClaimant(canonicalClaimant('الحكومة الأرمينية'), canonicalClaimant('The Armenian government'))).toBe(true);
  });

  it('knows rescue bodies and the UN by their names in either language', () => {
    expect(sameClaimant(canonicalClaimant('The White Helmets'), canonicalClaimant('الدفاع المدني السوري'))).toBe(true);
    expect(sameClaimant(canonicalClaimant('United Nations'), canonicalClaimant('الأمم المتحدة'))).toBe(true);
    expect(sameClaimant(canonicalClaimant("Yemen's health ministry"), canonicalClaimant('وزارة الصحة اليمنية'))).toBe(true);
    expect(sameClaimant(canonicalClaimant('وزارة الصحة اليمنية'), canonicalClaimant('وزارة الصحة السودانية'))).toBe(false);
  });

  it('matches a full name with its short form', () => {
    const long = canonicalClaimant('أمين المظالم في ناغورنو قره باغ غيغام ستيبانيان');
    expect(sameClaimant(long, canonicalClaimant('أمين المظالم غيغام ستيبانيان'))).toBe(true);
  });

  it('tells two ministries of defence apart', () => {
    expect(sameClaimant(canonicalClaimant('وزارة الدفاع الروسية'), canonicalClaimant('وزارة الدفاع الأذربيجانية'))).toBe(false);
  });

  it('has no key for no claimant', () => {
    expect(canonicalClaimant(null)).toBeNull();
    expect(sameClaimant(null, null)).toBe(false);
  });
});
