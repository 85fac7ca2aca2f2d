import { describe, expect, it } from 'vitest';
import { countedKey, eventOf, groupOf, relatedEvents } from './counted-key';

describe('countedKey', () => {
  it.each([
    ['killed', 'killed'],
    ['deaths', 'killed'],
    ['قتلى', 'killed'],
    ['القتلى', 'killed'],
    ['شهداء', 'killed'],
    ['soldiers killed', 'killed:soldiers'],
    ['جنود قتلى', 'killed:soldiers'],
    ['الجنود القتلى', 'killed:soldiers'],
    ['injured', 'injured'],
    ['جرحى', 'injured'],
    ['مصابون', 'injured'],
    ['مصابو القصف', 'injured'],
    ['مبان منهارة', 'destroyed:homes'],
    ['buildings collapsed', 'destroyed:homes'],
    ['مبنى', ':homes'],
    ['displaced people', 'displaced'],
    ['people displaced', 'displaced'],
    ['refugees', 'displaced'],
    ['نازحون', 'displaced'],
    ['النازحين', 'displaced'],
    ['ceasefire violations', 'violations'],
    ['خروقات', 'violations'],
    ['residents missing', 'missing'],
    ['مفقودون', 'missing'],
    ['refugee families', 'displaced:families'],
    ['children killed', 'killed:children'],
    ['aid trucks', ':trucks'],
  ])('%s -> %s', (counted, key) => {
    expect(countedKey(counted)).toBe(key);
  });

  it('gives nothing for a bare "people"', () => {
    expect(countedKey('people')).toBe('');
    expect(relatedEvents('')).toBeNull();
  });

  it('splits event and group', () => {
    expect(eventOf('killed:soldiers')).toBe('killed');
    expect(groupOf('killed:soldiers')).toBe('soldiers');
    expect(eventOf(':trucks')).toBe('');
  });
});
