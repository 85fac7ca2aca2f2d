import { claimWith, expect, judgeAsChecker, test } from '../fixtures/desk';
import { DESKTOP, PHONE, pageAt } from '../fixtures/devices';
import { keepScreenshot } from '../fixtures/screenshots';

test.describe('the public article page: language in the URL, cached, expired by the changes', () => {
  test('the bare path redirects by the chosen language, then by Accept-Language', async ({ request, editorApi, checkerApi, article }) => {
    const claim = claimWith(article, 'خمسة آلاف');
    await judgeAsChecker(checkerApi, claim, 'unverifiable', 'No independent figures.', 'No independent figures exist.');
    expect((await editorApi.post(`/api/v1/claims/${claim.id}/publish`, { data: {} })).status()).toBe(201);
    const where = async (headers: Record<string, string>) => {
      const response = await request.get(`/articles/${article.slug}?from=share`, { headers, maxRedirects: 0 });
      expect(response.status()).toBe(307);
      expect(response.headers()['vary']).toMatch(/Accept-Language/i);
      return new URL(response.headers()['location'], 'http://x').pathname + new URL(response.headers()['location'], 'http://x').search;
    };
    expect(await where({ 'accept-language': 'en-GB,en;q=0.9,ar;q=0.5' })).toBe(`/en/articles/${article.slug}?from=share`);
    expect(await where({ 'accept-language': 'ar-EG,ar;q=0.9' })).toBe(`/ar/articles/${article.slug}?from=share`);
    expect(await where({ 'accept-language': 'fr-FR' })).toBe(`/ar/articles/${article.slug}?from=share`);
    // The language switch's cookie is the reader's own choice: it wins over the browser's.
    expect(await where({ 'accept-language': 'ar', cookie: 'isnad-locale=en' })).toBe(`/en/articles/${article.slug}?from=share`);
    // Any other first segment is no language.
    expect((await request.get(`/fr/articles/${article.slug}`)).status()).toBe(404);
    // An address that is no valid percent-encoding is refused, not a server error.
    for (const path of ['/ar/articles/%E0%A4%A', '/figures/%E0%A4%A', '/review/%E0%A4%A']) expect((await request.get(path)).status(), path).toBe(400);
  });

  test('each language has its URL, its lang and dir, hreflang alternates and a switch to the other', async ({ browser, editorApi, checkerApi, article }, testInfo) => {
    const claim = claimWith(article, 'خمسة آلاف');
    await judgeAsChecker(checkerApi, claim, 'unverifiable', 'No independent figures.', 'No independent figures exist.');
    expect((await editorApi.post(`/api/v1/claims/${claim.id}/publish`, { data: {} })).status()).toBe(201);
    const page = await pageAt(browser, null, 'en', DESKTOP);
    for (const [lang, dir, other, heading] of [['ar', 'rtl', 'en', 'الأحكام'], ['en', 'ltr', 'ar', 'Verdicts']] as const) {
      await page.goto(`/${lang}/articles/${article.slug}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
      for (const l of ['ar', 'en']) {
        await expect(page.locator(`link[rel=alternate][hreflang=${l}]`)).toHaveAttribute('href', new RegExp(`/${l}/articles/${article.slug}$`));
      }
      await expect(page.locator('link[rel=alternate][hreflang=x-default]')).toHaveAttribute('href', new RegExp(`[^/]/articles/${article.slug}$`));
      await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', new RegExp(`/${lang}/articles/${article.slug}$`));
      await keepScreenshot(page, testInfo, `public-article-${lang}-1440`);
      await page.locator('[data-language-switch]:visible').click();
      await expect(page).toHaveURL(new RegExp(`/${other}/articles/${article.slug}$`));
    }
    for (const lang of ['ar', 'en'] as const) {
      const phone = await pageAt(browser, null, lang, PHONE);
      await phone.goto(`/${lang}/articles/${article.slug}`);
      await keepScreenshot(phone, testInfo, `public-article-${lang}-390`);
      await phone.context().close();
    }
    const sitemap = await (await page.request.get('/sitemap.xml')).text();
    expect(sitemap).toContain(`/ar/articles/${article.slug}</loc>`);
    expect(sitemap).toContain(`/en/articles/${article.slug}</loc>`);
  });

  test('a publication is on the cached page at once, a withdrawal takes it off, in both languages', async ({ request, editorApi, checkerApi, article }) => {
    const [first, second] = [claimWith(article, 'خمسة آلاف'), claimWith(article, 'أكثر من 10 آلاف')];
    await judgeAsChecker(checkerApi, first, 'unverifiable', 'No independent figures.', 'No independent figures exist.');
    await judgeAsChecker(checkerApi, second, 'unverifiable', 'No independent figures.', 'No independent figures exist.');
    expect((await editorApi.post(`/api/v1/claims/${first.id}/publish`, { data: {} })).status()).toBe(201);
    const pages = ['ar', 'en'].map((l) => `/${l}/articles/${article.slug}`);
    const read = async (path: string) => {
      const response = await request.get(path);
      return { status: response.status(), cache: response.headers()['x-nextjs-cache'], html: await response.text() };
    };
    for (const path of pages) {
      await read(path);
      // The second read is served from the cache, not rendered again.
      const again = await read(path);
      expect(again.cache, path).toBe('HIT');
      expect(again.html).toContain(`id="claim-${first.id}"`);
      expect(again.html).not.toContain(`id="claim-${second.id}"`);
    }

    expect((await editorApi.post(`/api/v1/claims/${second.id}/publish`, { data: {} })).status()).toBe(201);
    for (const path of pages) {
      const after = await read(path);
      expect(after.html, `${path} right after the publication`).toContain(`id="claim-${second.id}"`);
      expect((await read(path)).cache, 'cached again').toBe('HIT');
    }

    const withdrawn = await editorApi.post(`/api/v1/claims/${second.id}/unpublish`, { data: { note: 'Withdrawn while a source is checked.' } });
    expect(withdrawn.status(), await withdrawn.text()).toBe(200);
    for (const path of pages) {
      const after = await read(path);
      expect(after.html, `${path} right after the withdrawal`).not.toContain(`id="claim-${second.id}"`);
      expect(after.html).toContain(`id="claim-${first.id}"`);
      // The withdrawal and its reason are in the page's corrections log.
      expect(after.html).toContain('Withdrawn while a source is checked.');
    }

    // Once no verdict is public the article may be deleted: both cached pages answer 404 at once.
    expect((await editorApi.post(`/api/v1/claims/${first.id}/unpublish`, { data: { note: 'Withdrawn as well.' } })).status()).toBe(200);
    const deleted = await editorApi.post(`/api/v1/articles/${article.slug}/visibility`, { data: { action: 'delete', reason: 'Imported twice.' } });
    expect(deleted.status(), await deleted.text()).toBe(200);
    for (const path of pages) expect((await read(path)).status, `${path} once the article is deleted`).toBe(404);
  });
});

test.describe("a figure's public page: language in the URL, cached, expired by the changes", () => {
  test('published claims appear and go at once, a claim moved away leaves, a bare link goes to the reader\'s language', async ({ browser, request, editorApi, checkerApi, article }, testInfo) => {
    const created = await checkerApi.post('/api/v1/figures', {
      data: { title_ar: 'حصيلة الضحايا', title_en: `Death toll ${article.slug}`, category: 'casualties', counted: 'killed' },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { figure } = await created.json();
    const [first, second] = [claimWith(article, 'خمسة آلاف'), claimWith(article, 'أكثر من 10 آلاف')];
    for (const claim of [first, second]) {
      const linked = await checkerApi.post(`/api/v1/claims/${claim.id}/figure`, { data: { figureId: figure.id, version: claim.version } });
      expect(linked.status(), await linked.text()).toBe(200);
      await judgeAsChecker(checkerApi, { id: claim.id, version: claim.version + 1 }, 'unverifiable', 'No independent figures.', 'No independent figures exist.');
    }
    expect((await editorApi.post(`/api/v1/claims/${first.id}/publish`, { data: {} })).status()).toBe(201);

    const sitemap = await (await request.get('/sitemap.xml')).text();
    for (const l of ['ar', 'en']) expect(sitemap).toContain(`/${l}/figures/${figure.slug}</loc>`);

    const bare = await request.get(`/figures/${figure.slug}`, { headers: { 'accept-language': 'en-GB,en;q=0.9' }, maxRedirects: 0 });
    expect(bare.status()).toBe(307);
    expect(new URL(bare.headers()['location'], 'http://x').pathname).toBe(`/en/figures/${figure.slug}`);
    // By number it is the desk's page, which asks an anonymous reader to sign in.
    expect(new URL((await request.get(`/figures/${figure.id}`, { maxRedirects: 0 })).headers()['location'], 'http://x').pathname).toBe('/signin');

    const pages = ['ar', 'en'].map((l) => `/${l}/figures/${figure.slug}`);
    const read = async (path: string) => {
      const response = await request.get(path);
      return { status: response.status(), cache: response.headers()['x-nextjs-cache'], html: await response.text() };
    };
    const shows = (html: string, claimId: number) => html.includes(`data-figure-claim="${claimId}"`);
    for (const path of pages) {
      const page = await read(path);
      expect(page.status, path).toBe(200);
      expect(page.html).toMatch(new RegExp(`<html[^>]*lang="${path.slice(1, 3)}"`));
      expect(page.html).toMatch(new RegExp(`rel="alternate" hrefLang="en" href="[^"]*/en/figures/${figure.slug}"`, 'i'));
      // The second read is served from the cache, not rendered again.
      const again = await read(path);
      expect(again.cache, path).toBe('HIT');
      expect(shows(again.html, first.id)).toBe(true);
      expect(shows(again.html, second.id)).toBe(false);
    }

    expect((await editorApi.post(`/api/v1/claims/${second.id}/publish`, { data: {} })).status()).toBe(201);
    // The page as a reader sees it, in both languages, on a desktop and a phone.
    for (const lang of ['ar', 'en'] as const) {
      for (const [size, viewport] of [['1440', DESKTOP], ['390', PHONE]] as const) {
        const reader = await pageAt(browser, null, lang, viewport);
        await reader.goto(`/${lang}/figures/${figure.slug}`);
        await expect(reader.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
        await keepScreenshot(reader, testInfo, `public-figure-${lang}-${size}`);
        await reader.context().close();
      }
    }
    for (const path of pages) {
      expect(shows((await read(path)).html, second.id), `${path} right after the publication`).toBe(true);
      expect((await read(path)).cache, 'cached again').toBe('HIT');
    }

    const withdrawn = await editorApi.post(`/api/v1/claims/${second.id}/unpublish`, { data: { note: 'Withdrawn while a source is checked.' } });
    expect(withdrawn.status(), await withdrawn.text()).toBe(200);
    for (const path of pages) expect(shows((await read(path)).html, second.id), `${path} right after the withdrawal`).toBe(false);

    // The published claim moved off the figure leaves its page at once.
    const current = (await (await checkerApi.get(`/api/v1/claims/${first.id}`)).json()).claim;
    const moved = await checkerApi.post(`/api/v1/claims/${first.id}/figure`, { data: { figureId: null, version: current.version } });
    expect(moved.status(), await moved.text()).toBe(200);
    for (const path of pages) expect(shows((await read(path)).html, first.id), `${path} right after the claim moved away`).toBe(false);
  });
});
