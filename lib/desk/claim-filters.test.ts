import { describe, expect, it } from 'vitest';
import { DomainError } from '@/lib/errors';
import { decodeCursor, encodeCursor, filtersToSearchParams, parseClaimFilters, parseListPage, parsePublicVerdictQuery } from './claim-filters';

const parse = (qs: string) => parseClaimFilters(new URLSearchParams(qs));

describe('parseClaimFilters', () => {
  it('reads every filter, repeated or comma-separated values meaning any of', () => {
    expect(
      parse('status=false,misleading&status=in_review&verdict=false&category=aid&claimant=وزارة الصحة&article=talks&assignee=4&published=published&queue=ready&from=2026-01-01&to=2026-01-31'),
    ).toEqual({
      status: ['false', 'misleading', 'in_review'],
      verdict: ['false'],
      category: ['aid'],
      claimant: 'وزارة الصحة',
      article: 'talks',
      assignee: 4,
      published: ['published'],
      queue: 'ready',
      from: '2026-01-01',
      to: '2026-01-31',
    });
    expect(parse('')).toEqual({});
    expect(parse('assignee=none&status=')).toEqual({ assignee: 'none' });
  });

  it('refuses bad values naming the parameter and what it accepts', () => {
    const cases: Array<[string, RegExp]> = [
      ['status=done', /^status: "done" is not one of: unreviewed, in_review, verified/],
      ['verdict=in_review', /^verdict: /],
      ['category=sport', /^category: /],
      ['assignee=me', /^assignee: must be a user id or "none"/],
      ['queue=all', /^queue: /],
      ['from=2026-02-30', /^from: must be a date as YYYY-MM-DD/],
      ['from=2026-02-01&to=2026-01-01', /^to: must not be before from/],
      [`claimant=${'x'.repeat(201)}`, /^claimant: must be at most 200/],
    ];
    for (const [qs, message] of cases) {
      expect(() => parse(qs), qs).toThrow(DomainError);
      expect(() => parse(qs), qs).toThrow(message);
    }
  });

  it('writes a canonical query string that reads back to the same filters', () => {
    const filters = parse('to=2026-01-31&status=false,in_review&assignee=none&claimant=أ ب&queue=mine');
    const qs = filtersToSearchParams(filters, { cursor: { key: 1700000000000, id: 42 }, limit: 20 }).toString();
    expect(qs).toMatch(/^status=false%2Cin_review&claimant=.*&assignee=none&queue=mine&to=2026-01-31&limit=20&cursor=/);
    const back = new URLSearchParams(qs);
    expect(parseClaimFilters(back)).toEqual(filters);
    expect(parseListPage(back)).toEqual({ cursor: { key: 1700000000000, id: 42 }, limit: 20 });
  });
});

describe('list page and cursor', () => {
  it('defaults and bounds the limit', () => {
    expect(parseListPage(new URLSearchParams())).toEqual({ cursor: null, limit: 50 });
    for (const l of ['0', '201', '-1', '2.5', 'x']) expect(() => parseListPage(new URLSearchParams(`limit=${l}`)), l).toThrow(/^limit: /);
  });

  it('round-trips a cursor and refuses a forged one', () => {
    expect(decodeCursor(encodeCursor({ key: 1700000000123, id: 9 }))).toEqual({ key: 1700000000123, id: 9 });
    for (const bad of ['', 'abc', '%%%', Buffer.from('1.0').toString('base64url'), Buffer.from("1.2; DROP").toString('base64url'), 'A'.repeat(65)]) {
      expect(() => decodeCursor(bad), bad).toThrow(/^cursor: is not a position this list gave out/);
    }
  });
});

describe('parsePublicVerdictQuery', () => {
  it('takes verdict, category and the page, and ignores desk filters', () => {
    expect(parsePublicVerdictQuery(new URLSearchParams('verdict=false,misleading&category=aid&assignee=3&status=in_review&limit=10'))).toEqual({
      verdict: ['false', 'misleading'],
      category: ['aid'],
      page: { cursor: null, limit: 10 },
    });
    expect(parsePublicVerdictQuery(new URLSearchParams(''))).toEqual({ page: { cursor: null, limit: 50 } });
    expect(() => parsePublicVerdictQuery(new URLSearchParams('verdict=unreviewed'))).toThrow(/^verdict: /);
  });
});
