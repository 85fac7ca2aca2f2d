import type { Page } from '@playwright/test';
import { ar } from '../../lib/i18n/messages/ar';
import { en } from '../../lib/i18n/messages/en';
import { claimWith, expect, judgeAsChecker, pageAs, test } from '../fixtures/desk';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of flatten(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

/** Literal pieces of the catalog's messages that differ between the languages, long enough to be telling. */
function tellingFragments(catalog: Tree, other: Tree): string[] {
  const mine = flatten(catalog);
  const theirs = flatten(other);
  const fragments = new Set<string>();
  for (const [key, text] of mine) {
    if (theirs.get(key) === text) continue;
    for (const piece of text.split(/\{\w+\}/)) {
      const trimmed = piece.trim().replace(/^[.:·,،()]+|[.:·,،()]+$/g, '').trim();
      if (trimmed.length >= 5) fragments.add(trimmed);
    }
  }
  return [...fragments];
}

/** The interface's own text: the page minus content marked as another language (article text, quotes). */
function interfaceText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const lang = document.documentElement.lang;
    const clone = document.body.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('script, style').forEach((el) => el.remove());
    clone.querySelectorAll('[lang]').forEach((el) => {
      if (el.getAttribute('lang') !== lang) el.remove();
    });
    // dir="auto" marks free text people typed (rationales, notes): content, not interface.
    clone.querySelectorAll('[dir="auto"]').forEach((el) => el.remove());
    return clone.innerText ?? clone.textContent ?? '';
  });
}

test.describe('no string of one language leaks into the other interface', () => {
  test('Arabic and English pages carry only their own catalog', async ({ browser, editorApi, checkerApi, article }) => {
    const claim = claimWith(article, 'أربعة شرطيين');
    await judgeAsChecker(checkerApi, claim, 'verified', 'ok', 'ok');
    await editorApi.post(`/api/v1/claims/${claim.id}/publish`, { data: {} });

    const paths = ['/', `/articles/${article.slug}`, '/review', `/review/${article.slug}#claim-${claim.id}`, '/overview', '/import', '/settings'];
    for (const [locale, foreign] of [
      ['ar', tellingFragments(en as unknown as Tree, ar as unknown as Tree)],
      ['en', tellingFragments(ar as unknown as Tree, en as unknown as Tree)],
    ] as const) {
      const page = await pageAs(browser, 'editor', locale);
      for (const path of paths) {
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        // Read the page once it has rendered: streamed content waits in hidden templates first.
        await expect(page.locator('main h1').first()).toBeVisible();
        await page.waitForLoadState('networkidle');
        const text = await interfaceText(page);
        const leaks = foreign.filter((f) => text.includes(f));
        expect(leaks, `${locale} ${path}`).toEqual([]);
        if (locale === 'en') expect(text.match(/[\u0600-\u06FF]+/g) ?? [], `Arabic script in the English UI at ${path}`).toEqual([]);
      }
      await page.context().close();
    }
  });
});
