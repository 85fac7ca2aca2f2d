import { describe, expect, it } from 'vitest';
import { EVENT_KINDS } from '@/lib/vocabulary';
import { encodeCursor } from './claim-filters';
import { EVENT_KINDS_V2, parseActivityQuery } from './desk-events';

const parse = (qs: string) => parseActivityQuery(new URLSearchParams(qs));

describe('desk event kinds', () => {
  it('extend the existing kinds without renaming any', () => {
    expect(EVENT_KINDS_V2.slice(0, EVENT_KINDS.length)).toEqual([...EVENT_KINDS]);
    expect(new Set(EVENT_KINDS_V2).size).toBe(EVENT_KINDS_V2.length);
  });
});

describe('parseActivityQuery', () => {
  it('reads person, article, kinds and the cursor', () => {
    expect(parse(`person=3&article=karabakh-talks&kind=claim_assigned,comment&kind=comment&cursor=${encodeCursor({ key: 0, id: 120 })}`)).toEqual({
      filters: { person: 3, article: 'karabakh-talks', kind: ['claim_assigned', 'comment'] },
      cursor: { key: 0, id: 120 },
    });
    expect(parse('')).toEqual({ filters: {}, cursor: null });
  });

  it('refuses bad values by name', () => {
    expect(() => parse('person=me')).toThrow(/^person: must be a user id/);
    expect(() => parse('article=../etc')).toThrow(/^article: must be an article slug/);
    expect(() => parse('kind=deleted')).toThrow(/^kind: "deleted" is not one of: article_imported/);
    expect(() => parse('cursor=zzz')).toThrow(/^cursor: /);
  });
});
