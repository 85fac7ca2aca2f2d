import { describe, expect, it } from 'vitest';
import { NEWS_PARAGRAPHS } from './fixtures/news-paragraphs';
import { extractClaims } from './index';

describe.each(NEWS_PARAGRAPHS)('$name', ({ text, claims: expected }) => {
  const claims = extractClaims(text);

  it('finds exactly the claims a fact-checker would review', () => {
    const got = claims.map((c) => ({
      value: c.value,
      qualifier: c.qualifier,
      // The fixtures name the extractor's English description "counted", as the claim did before it kept the article's words.
      counted: c.countedLabel,
      category: c.category,
      claimant: c.claimant,
    }));
    expect(got).toEqual(expected.map(({ anchor: _anchor, ...rest }) => rest));
  });

  it('quotes each claim where it stands', () => {
    claims.forEach((c, i) => {
      expect(text.slice(c.start, c.end)).toBe(c.quote);
      expect(c.quote).toContain(expected[i]?.anchor);
    });
  });
});
