import { describe, expect, it } from 'vitest';
import { LOCALIZED_PUBLIC_PATH } from './locale-paths';

describe('bare public paths that go to their page in the reader\'s language', () => {
  it('an article or a figure by slug, with or without a trailing slash', () => {
    for (const path of ['/articles/talks', '/articles/talks/', '/figures/gaza-toll', `/figures/${encodeURIComponent('حصيلة')}`, '/figures/2023-toll']) {
      expect(LOCALIZED_PUBLIC_PATH.test(path), path).toBe(true);
    }
  });

  it("never a figure by number (the desk's page), a list, or a localised or deeper path", () => {
    for (const path of ['/figures/12', '/figures/12/', '/figures', '/figures/', '/articles', '/en/figures/gaza-toll', '/articles/a/b', '/review/talks']) {
      expect(LOCALIZED_PUBLIC_PATH.test(path), path).toBe(false);
    }
  });
});
