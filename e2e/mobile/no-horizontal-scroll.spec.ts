import { apiAs, createArticle, expect, judgeAsChecker, signIn, test } from '../fixtures/desk';
import { pageAt } from '../fixtures/devices';
import { keepScreenshot } from '../fixtures/screenshots';

const NARROWEST = { width: 320, height: 640 };

for (const locale of ['ar', 'en'] as const) {
  test(`no page scrolls sideways at 320px (${locale})`, async ({ browser, playwright, baseURL }, testInfo) => {
    test.setTimeout(90_000);
    const editor = await playwright.request.newContext({ baseURL });
    await signIn(editor, 'editor');
    const { slug, claims } = await createArticle(editor);
    const checker = await apiAs(playwright, baseURL!, 'checker');
    await judgeAsChecker(checker, claims[0], 'verified');
    await checker.dispose();
    expect((await editor.post(`/api/v1/claims/${claims[0].id}/publish`, { headers: { origin: baseURL! }, data: {} })).status()).toBe(201);
    await editor.dispose();

    const anonymous = await pageAt(browser, null, locale, NARROWEST);
    const admin = await pageAt(browser, 'admin', locale, NARROWEST);
    const pages: Array<[typeof admin, string]> = [
      [anonymous, '/'],
      [anonymous, `/articles/${slug}`],
      [anonymous, '/signin'],
      [anonymous, '/verdicts'],
      [anonymous, '/no-such-page'],
      [admin, '/review'],
      [admin, `/claims?article=${slug}`],
      [admin, `/review/${slug}`],
      [admin, '/overview'],
      [admin, '/import'],
      [admin, '/admin/users'],
      [admin, '/settings'],
      [admin, '/activity'],
      [admin, `/search?q=${encodeURIComponent('وزارة الدفاع')}`],
    ];
    const wide: string[] = [];
    for (const [page, path] of pages) {
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready);
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      if (scroll > client) {
        wide.push(`${path}: ${scroll}px wide in ${client}px`);
        await keepScreenshot(page, testInfo, `wide-${locale}-${path.replace(/\W+/g, '-')}`);
      }
    }
    expect(wide, wide.join('\n')).toEqual([]);
    await anonymous.context().close();
    await admin.context().close();
  });
}
