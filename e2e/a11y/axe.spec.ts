import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { apiAs, createArticle, createUserAsAdmin, expect, judgeAsChecker, signIn, test, type Role } from '../fixtures/desk';
import { DESKTOP, PHONE, pageAt, type Viewport } from '../fixtures/devices';
import { keepScreenshot } from '../fixtures/screenshots';

/**
 * Every page, as every role that can open it (and one that cannot: the 403 page), in both
 * languages and at both sizes, checked by axe-core against WCAG 2.x A and AA. Any violation
 * fails the test; the report names the page, the rule and the elements.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

type Who = Role | 'anonymous';
const PAGES: Record<Who, Array<[name: string, path: (slug: string) => string]>> = {
  anonymous: [
    ['home', () => '/'],
    ['article', (slug) => `/articles/${slug}`],
    ['signin', () => '/signin'],
    ['verdicts', () => '/verdicts'],
    ['figures', () => '/figures'],
    ['404', () => '/articles/no-such-article'],
  ],
  checker: [
    ['review-list', () => '/review'],
    ['claims', () => '/claims'],
    ['claims-mine', () => '/claims?queue=mine'],
    ['figures', () => '/figures'],
    ['review-desk', (slug) => `/review/${slug}`],
    ['settings', () => '/settings'],
    ['activity', () => '/activity'],
    ['search', () => `/search?q=${encodeURIComponent('وزارة الدفاع')}`],
    ['search-refused', () => '/search?q=%21%21'],
    ['403', () => '/overview'],
    ['article', (slug) => `/articles/${slug}`],
  ],
  editor: [
    ['overview', () => '/overview'],
    ['overview-90-days', () => '/overview?period=90'],
    ['import', () => '/import'],
    ['review-desk', (slug) => `/review/${slug}`],
    ['403', () => '/admin/users'],
  ],
  admin: [
    ['admin-users', () => '/admin/users'],
    ['settings', () => '/settings'],
    ['home', () => '/'],
  ],
};

let slug = '';
const accounts: Partial<Record<Role, { email: string; password: string }>> = {};


test.beforeAll(async ({ browser, playwright, baseURL }) => {
  const editor = await playwright.request.newContext({ baseURL });
  await signIn(editor, 'editor');
  const article = await createArticle(editor);
  slug = article.slug;
  // One published verdict, so the public page shows a card, the summary and a mark.
  const claim = article.claims[0];
  const checker = await apiAs(playwright, baseURL!, 'checker');
  await judgeAsChecker(checker, claim, 'verified');
  await checker.dispose();
  expect((await editor.post(`/api/v1/claims/${claim.id}/publish`, { headers: { origin: baseURL! }, data: {} })).status()).toBe(201);
  await editor.dispose();
  // Fresh accounts with no saved language, so the language cookie decides the interface.
  const password = 'axe checks every page 2026';
  for (const role of ['checker', 'editor', 'admin'] as const) {
    accounts[role] = { email: (await createUserAsAdmin(browser, role, password)).email, password };
  }
});

async function scan(page: Page, testInfo: TestInfo, label: string, path: string) {
  await page.goto(path);
  await page.evaluate(() => document.fonts.ready);
  await keepScreenshot(page, testInfo, label, { screen: true });
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations.map(
    (v) => `${label} ${path}: ${v.id} (${v.impact}) ${v.help}\n    ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join('\n    ')}`,
  );
}

for (const who of Object.keys(PAGES) as Who[]) {
  for (const locale of ['ar', 'en'] as const) {
    for (const [size, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as Array<[string, Viewport]>) {
      test(`axe: no violations for ${who}, ${locale}, ${size}`, async ({ browser }, testInfo) => {
        test.setTimeout(120_000);
        const page = await pageAt(browser, who === 'anonymous' ? null : accounts[who]!, locale, viewport);
        const found: string[] = [];
        for (const [name, path] of PAGES[who]) {
          found.push(...(await scan(page, testInfo, `${who}-${locale}-${size}-${name}`, path(slug))));
          await expect(page.locator('html')).toHaveAttribute('lang', locale);
        }
        await page.context().close();
        expect(found, found.join('\n')).toEqual([]);
      });
    }
  }
}
