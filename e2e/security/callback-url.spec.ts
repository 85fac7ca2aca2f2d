import { DEMO_PASSWORD, EMAIL, expect, test } from '../fixtures/desk';

test.describe('callbackUrl after sign-in', () => {
  for (const target of ['javascript:alert(1)', 'mailto:editor@isnad.test', '//evil.example/review', 'https://evil.example/']) {
    test(`${target} is replaced by / in the sign-in form`, async ({ browser }) => {
      const context = await browser.newContext({ locale: 'en-GB' });
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(`/signin?callbackUrl=${encodeURIComponent(target)}`);
      // The page already reduced it; put the raw value back, as a crafted form post would, so
      // the server action's own check is what is tested.
      const hidden = page.locator('input[name=callbackUrl]');
      expect(await hidden.inputValue()).toBe('/');
      await hidden.evaluate((el, v) => ((el as HTMLInputElement).value = v), target);
      await page.locator('input[name=email]').fill(EMAIL.editor);
      await page.locator('input[name=password]').fill(DEMO_PASSWORD);
      await page.locator('form:has(input[name=password]) button').click();
      await page.waitForURL((url) => url.pathname === '/' && url.host === new URL(page.url()).host);
      expect(new URL(page.url()).pathname).toBe('/');
      expect(dialogs).toEqual([]);
      await context.close();
    });
  }

  test('GET /api/auth/signin with a javascript: callbackUrl does not fail, and redirects on this site only', async ({ request, baseURL }) => {
    for (const target of ['javascript:alert(1)', 'mailto:x@y.z', '//evil.example', 'https://evil.example/', '%00', 'http://[']) {
      const res = await request.get(`/api/auth/signin?callbackUrl=${encodeURIComponent(target)}`, { maxRedirects: 0 });
      expect(res.status(), target).toBeLessThan(500);
      const location = res.headers()['location'];
      if (location) expect(new URL(location, baseURL).origin, target).toBe(new URL(baseURL!).origin);
    }
  });

  test('the HTTP credentials flow sends a javascript: callbackUrl home', async ({ playwright, baseURL }) => {
    const ctx = await playwright.request.newContext({ baseURL });
    const { csrfToken } = await (await ctx.get('/api/auth/csrf')).json();
    const res = await ctx.post('/api/auth/callback/credentials', {
      form: { csrfToken, email: EMAIL.editor, password: DEMO_PASSWORD, callbackUrl: 'javascript:alert(1)' },
      maxRedirects: 0,
    });
    expect(res.status()).toBeLessThan(400);
    expect(new URL(res.headers()['location'], baseURL).href).toBe(new URL('/', baseURL).href);
    await ctx.dispose();
  });

  test('a forged session cookie is ignored: the request proceeds as anonymous', async ({ playwright, baseURL }) => {
    const ctx = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { cookie: 'authjs.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.forged.garbage.value.here' },
    });
    const session = await ctx.get('/api/auth/session');
    expect(session.status()).toBe(200);
    expect(await session.json()).toBeNull();
    expect((await ctx.get('/api/v1/claims/1')).status()).toBe(401);
    expect((await ctx.get('/review', { maxRedirects: 0 })).status()).toBe(307);
    await ctx.dispose();
  });
});
