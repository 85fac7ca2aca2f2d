import { describe, expect, it } from 'vitest';
import { buildClaimReviewV2, claimAuthor, jsonLdString, type ClaimReviewArticle, type ClaimReviewInput } from './claim-review-v2';

const body = 'وقال المتحدث أحمد سالم إن 5 انتهاكات سجلت. جملة أخرى';
const start = body.indexOf('5 انتهاكات');
const article: ClaimReviewArticle = {
  title: 'محادثات',
  outlet: 'Example News',
  url: 'https://news.example/talks',
  language: 'ar',
  publishedDate: '2023-09-22',
  body,
};
const input = (over: Partial<ClaimReviewInput> = {}, claim: Partial<ClaimReviewInput['verdict']['claim']> = {}): ClaimReviewInput => ({
  article,
  verdict: {
    claimId: 7,
    verdict: 'misleading',
    claim: { start, end: start + 10, claimant: 'أحمد سالم', claimantKind: 'person', ...claim },
    publishedAt: new Date('2023-09-24T08:00:00Z'),
  },
  pageUrl: 'https://isnad.example/en/articles/talks',
  organisation: { name: 'Desk', url: 'https://desk.example' },
  pageLanguage: 'en',
  ...over,
});

describe('buildClaimReviewV2', () => {
  it('gives the claim language, not the reader language, as inLanguage', () => {
    const review = buildClaimReviewV2(input());
    expect(review.inLanguage).toBe('ar');
    expect(review.itemReviewed.appearance.inLanguage).toBe('ar');
  });

  it('rates on the 1–5 scale with alternateName in the page language', () => {
    expect(buildClaimReviewV2(input()).reviewRating).toEqual({
      '@type': 'Rating',
      ratingValue: 2,
      bestRating: 5,
      worstRating: 1,
      alternateName: 'Misleading',
    });
    expect(buildClaimReviewV2(input({ pageLanguage: 'ar' })).reviewRating.alternateName).toBe('مضلِّل');
  });

  it('publishes a person as a Person and an organisation as an Organization', () => {
    expect(buildClaimReviewV2(input()).itemReviewed.author).toEqual({ '@type': 'Person', name: 'أحمد سالم' });
    const org = buildClaimReviewV2(input({}, { claimant: 'وزارة الدفاع', claimantKind: 'organization' }));
    expect(org.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'وزارة الدفاع' });
    expect(claimAuthor(article, { start, end: start + 1, claimant: 'UN', claimantKind: null })).toEqual({ '@type': 'Organization', name: 'UN' });
  });

  it('gives a claim in the article own voice to its outlet, and never to its headline', () => {
    const own = buildClaimReviewV2(input({}, { claimant: null, claimantKind: null }));
    expect(own.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'Example News' });
    const noOutlet = buildClaimReviewV2(input({ article: { ...article, outlet: null } }, { claimant: '  ', claimantKind: null }));
    expect(noOutlet.itemReviewed).not.toHaveProperty('author');
    expect(JSON.stringify(noOutlet.itemReviewed)).not.toContain('"publisher"');
    expect(noOutlet.itemReviewed.appearance.headline).toBe('محادثات');
  });

  it('keeps the review sentence, anchor, organisation and dates', () => {
    const review = buildClaimReviewV2(input());
    expect(review.claimReviewed).toBe('وقال المتحدث أحمد سالم إن 5 انتهاكات سجلت.');
    expect(review.url).toBe('https://isnad.example/en/articles/talks#claim-7');
    expect(review.author).toEqual({ '@type': 'Organization', name: 'Desk', url: 'https://desk.example' });
    expect(review.datePublished).toBe('2023-09-24');
    expect(review.itemReviewed.datePublished).toBe('2023-09-22');
  });

  it('falls back to the page URL when the article has no address', () => {
    const review = buildClaimReviewV2(input({ article: { ...article, url: null, publishedDate: null } }));
    expect(review.itemReviewed.appearance.url).toBe('https://isnad.example/en/articles/talks');
    expect(review.itemReviewed).not.toHaveProperty('datePublished');
  });

  it('escapes markup so the JSON cannot end its script element', () => {
    expect(jsonLdString({ a: '</script><b>' })).toBe('{"a":"\\u003c/script>\\u003cb>"}');
  });
});
