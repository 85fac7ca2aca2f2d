import { describe, expect, it } from 'vitest';
import { formatId, formatNumber } from './format';

describe('one numeral system per page', () => {
  it('writes ids and versions in the reader’s digits, without grouping', () => {
    expect(formatId('ar', 2)).toBe('٢');
    expect(formatId('ar', 2345)).toBe('٢٣٤٥');
    expect(formatId('en', 2345)).toBe('2345');
  });
  it('groups counted values', () => {
    expect(formatNumber('ar', 120000)).toBe('١٢٠٬٠٠٠');
    expect(formatNumber('en', 120000)).toBe('120,000');
  });
});
