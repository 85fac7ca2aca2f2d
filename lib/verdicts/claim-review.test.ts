import { describe, expect, it } from 'vitest';
import type { PublicArticle, PublicVerdict } from '@/db/queries/public-verdicts';
import { buildClaimReview, jsonLdString } from './claim-review';

const body = 'وقالت وزارة الدفاع إن 5 انتهاكات سجلت. جملة أخرى';
const article: PublicArticle = {
  slug: 'talks',
  title: 'محادثات',
  outlet: 'Example News',
  url: 'https://news.example/talks',
  language: 'ar',
  publishedDate: '2023-09-22',
  body,
  importedAt: new Date('2023-09-23T10:00:00Z'),
};
const start = body.indexOf('5 انتهاكات');
const verdict: PublicVerdict = {
  claimId: 7,
  status: 'disputed',
  rationale: 'Observers counted 9.',
  claim: { quote: '5 انتهاكات', start, end: start + 10, value: 5, qualifier: null, counted: 'ceasefire violations', category: 'violations', claimant: 'وزارة الدفاع' },
  evidence: [],
  note: null,
  publishedAt: new Date('2023-09-24T08:00:00Z'),
  firstPublishedAt: new Date('2023-09-24T08:00:00Z'),
  correctedAt: null,
};

describe('buildClaimReview', () => {
  const review = buildClaimReview({
    article,
    verdict,
    pageUrl: 'https://isnad.example/articles/talks',
    organisation: { name: 'Desk', url: null },
    verdictName: 'مشكوك فيه',
    inLanguage: 'ar',
  });

  it('reviews the sentence that makes the claim, attributed to its claimant, appearing in the article', () => {
    expect(review.claimReviewed).toBe('وقالت وزارة الدفاع إن 5 انتهاكات سجلت.');
    expect(review.itemReviewed).toMatchObject({
      '@type': 'Claim',
      author: { name: 'وزارة الدفاع' },
      appearance: { url: 'https://news.example/talks', headline: 'محادثات' },
    });
  });

  it('rates on a numeric scale with a named verdict in the page language', () => {
    expect(review.reviewRating).toEqual({
      '@type': 'Rating',
      ratingValue: 1,
      bestRating: 5,
      worstRating: 1,
      alternateName: 'مشكوك فيه',
    });
  });

  it('links to the claim anchor and names the publishing organisation and date', () => {
    expect(review.url).toBe('https://isnad.example/articles/talks#claim-7');
    expect(review.author).toEqual({ '@type': 'Organization', name: 'Desk' });
    expect(review.datePublished).toBe('2023-09-24');
  });

  it('escapes markup so the JSON cannot end its script element', () => {
    expect(jsonLdString({ a: '</script><b>' })).toBe('{"a":"\\u003c/script>\\u003cb>"}');
  });
});
