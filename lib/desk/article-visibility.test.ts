import { describe, expect, it } from 'vitest';
import { isArticlePublic, unmetArticleRules, type ArticleState } from './article-visibility';

const article = (over: Partial<ArticleState> = {}): ArticleState => ({ visibility: 'auto', deletedAt: null, publishedVerdicts: 0, ...over });
const codes = (a: ArticleState, action: Parameters<typeof unmetArticleRules>[1], reason?: string) =>
  unmetArticleRules(a, action, reason).map((r) => r.code);

describe('isArticlePublic', () => {
  it('keeps an imported article private until a verdict is published or an editor marks it public', () => {
    expect(isArticlePublic(article())).toBe(false);
    expect(isArticlePublic(article({ publishedVerdicts: 1 }))).toBe(true);
    expect(isArticlePublic(article({ visibility: 'public' }))).toBe(true);
  });

  it('hides a deleted article everywhere', () => {
    expect(isArticlePublic(article({ visibility: 'public', deletedAt: new Date() }))).toBe(false);
  });
});

describe('unmetArticleRules', () => {
  it('lets an editor unlist or delete only an article with no public verdict', () => {
    expect(codes(article({ visibility: 'public' }), 'unlist')).toEqual([]);
    expect(codes(article({ visibility: 'public', publishedVerdicts: 2 }), 'unlist')).toEqual(['has_published_verdicts']);
    expect(codes(article(), 'unlist')).toEqual(['not_marked_public']);
    expect(codes(article(), 'delete', 'Duplicate import')).toEqual([]);
    expect(codes(article({ publishedVerdicts: 1 }), 'delete')).toEqual(['has_published_verdicts', 'reason']);
  });

  it('refuses anything on a deleted article and marking public twice', () => {
    expect(codes(article({ deletedAt: new Date() }), 'make_public')).toEqual(['deleted']);
    expect(codes(article({ visibility: 'public' }), 'make_public')).toEqual(['already_public']);
    expect(codes(article(), 'make_public')).toEqual([]);
  });

  it('says every refusal in both languages', () => {
    for (const r of unmetArticleRules(article({ publishedVerdicts: 1 }), 'delete')) {
      expect(r.message.ar).toMatch(/[\u0600-\u06ff]/);
      expect(r.message.en.length).toBeGreaterThan(10);
    }
  });
});
