import { createHash } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { claimWith, expect, judgeAsChecker, test } from '../fixtures/desk';

/**
 * A cached public article page is sent by the server hook (lib/public/serve-cached.ts) from
 * bytes prepared once, without Next's runtime scripts. It must still be the same page to a
 * reader with or without JavaScript, with Next's own headers, and leave the moment a
 * publication changes it.
 */
test.describe('the cached public page sent before Next', () => {
  test('has no script but its JSON-LD, the headers Next sends, gzip and 304', async ({ request, editorApi, checkerApi, article }) => {
    const claim = claimWith(article, 'خمسة آلاف');
    await judgeAsChecker(checkerApi, claim, 'unverifiable', 'No independent figures.', 'No independent figures exist.');
    expect((await editorApi.post(`/api/v1/claims/${claim.id}/publish`, { data: {} })).status()).toBe(201);
    const path = `/en/articles/${article.slug}`;
    // Rendered, then answered from Next's cache: from then on the hook knows Next's headers.
    for (let i = 0; i < 2; i++) await (await request.get(path)).body();
    const fromHook = await request.get(path);
    // A query string always goes to Next, which answers from the same cache entry.
    const fromNext = await request.get(`${path}?from=share`);
    expect(fromHook.status()).toBe(200);
    expect(fromNext.headers()['x-nextjs-cache']).toBe('HIT');

    const html = await fromHook.text();
    expect(html).toContain(`id="claim-${claim.id}"`);
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs] of scripts) expect(attrs).toContain('type="application/ld+json"');
    expect(html).not.toMatch(/<link[^>]+as="script"/);
    expect(JSON.parse(scripts[0][2])['@type']).toBe('ClaimReview');
    // Next's answer carries its runtime; the hook's does not.
    expect(await fromNext.text()).toContain('self.__next_f');

    // The policy lists exactly the hashes of the scripts left.
    const scriptSrc = fromHook.headers()['content-security-policy'].split('; ').find((d) => d.startsWith('script-src'))!;
    expect(scriptSrc).toBe(`script-src 'self' ${[...new Set(scripts.map((m) => `'sha256-${createHash('sha256').update(m[2]).digest('base64')}'`))].join(' ')}`);
    // Every other header is Next's own, value for value.
    const drop = new Set(['content-security-policy', 'etag', 'content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding', 'content-encoding']);
    const rest = (h: Record<string, string>) => Object.fromEntries(Object.entries(h).filter(([k]) => !drop.has(k)));
    expect(rest(fromHook.headers())).toEqual(rest(fromNext.headers()));

    // Compressed for a client that accepts it; 304 for one that has it.
    const raw = await fetch(new URL(path, fromHook.url()), { headers: { 'accept-encoding': 'gzip' } });
    expect(raw.headers.get('content-encoding')).toBe('gzip');
    expect(raw.headers.get('vary')?.toLowerCase()).toContain('accept-encoding');
    const etag = fromHook.headers()['etag'];
    expect(etag).toBeTruthy();
    const again = await request.get(path, { headers: { 'if-none-match': etag } });
    expect(again.status()).toBe(304);
    expect(await again.body()).toHaveLength(0);
    // A HEAD has the GET's headers and no body.
    const head = await request.head(path);
    expect(head.headers()['etag']).toBe(etag);
  });

  test('reads and works the same without JavaScript: switch, links, hreflang, JSON-LD, axe', async ({ browser, request, editorApi, checkerApi, article }) => {
    test.setTimeout(120_000);
    const claim = claimWith(article, 'خمسة آلاف');
    await judgeAsChecker(checkerApi, claim, 'unverifiable', 'No independent figures.', 'No independent figures exist.');
    expect((await editorApi.post(`/api/v1/claims/${claim.id}/publish`, { data: {} })).status()).toBe(201);
    for (const lang of ['ar', 'en']) for (let i = 0; i < 2; i++) await (await request.get(`/${lang}/articles/${article.slug}`)).body();

    for (const javaScriptEnabled of [false, true]) {
      const context = await browser.newContext({ javaScriptEnabled, locale: 'en-GB' });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      for (const [lang, dir, other] of [['ar', 'rtl', 'en'], ['en', 'ltr', 'ar']] as const) {
        await page.goto(`/${lang}/articles/${article.slug}`);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator('html')).toHaveAttribute('dir', dir);
        await expect(page.locator(`#claim-${claim.id}`)).toBeVisible();
        for (const l of ['ar', 'en', 'x-default']) await expect(page.locator(`head link[rel=alternate][hreflang=${l}]`)).toHaveCount(1);
        expect(JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!)['@type']).toBe('ClaimReview');
        // axe runs as a script in the page: on the same HTML, with JavaScript on.
        if (javaScriptEnabled) expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice']).analyze()).violations).toEqual([]);
        // The summary's link jumps to the claim in the text.
        await page.locator(`a[href="#claim-${claim.id}"]`).first().click();
        await expect(page).toHaveURL(new RegExp(`#claim-${claim.id}$`));
        await page.locator('[data-language-switch]:visible').click();
        await expect(page).toHaveURL(new RegExp(`/${other}/articles/${article.slug}$`));
        await expect(page.locator('html')).toHaveAttribute('lang', other);
      }
      expect(errors, `console errors (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`).toEqual([]);
      await context.close();
    }
  });

  test('a publication leaves the page sent before Next at once', async ({ request, editorApi, checkerApi, article }) => {
    const [first, second] = [claimWith(article, 'خمسة آلاف'), claimWith(article, 'أكثر من 10 آلاف')];
    await judgeAsChecker(checkerApi, first, 'unverifiable', 'No independent figures.', 'No independent figures exist.');
    await judgeAsChecker(checkerApi, second, 'unverifiable', 'No independent figures.', 'No independent figures exist.');
    expect((await editorApi.post(`/api/v1/claims/${first.id}/publish`, { data: {} })).status()).toBe(201);
    const path = `/ar/articles/${article.slug}`;
    for (let i = 0; i < 3; i++) await (await request.get(path)).body();
    const before = await (await request.get(path)).text();
    expect(before).not.toContain('self.__next_f');
    expect(before).not.toContain(`id="claim-${second.id}"`);
    expect((await editorApi.post(`/api/v1/claims/${second.id}/publish`, { data: {} })).status()).toBe(201);
    expect(await (await request.get(path)).text()).toContain(`id="claim-${second.id}"`);
    // Sent from the prepared bytes again once Next has stored and answered the new page.
    for (let i = 0; i < 2; i++) await (await request.get(path)).body();
    const after = await (await request.get(path)).text();
    expect(after).toContain(`id="claim-${second.id}"`);
    expect(after).not.toContain('self.__next_f');
  });
});
