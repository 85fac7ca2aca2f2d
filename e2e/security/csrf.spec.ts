import { claimWith, expect, judgeAsChecker, test } from '../fixtures/desk';

const EVIL = 'https://evil.example';

test.describe('cross-site requests with an editor’s cookie', () => {
  test('a cross-origin text/plain POST is refused and nothing is published or withdrawn', async ({ editorApi, checkerApi, request, article }) => {
    const claim = claimWith(article, 'أكثر من 10 آلاف');
    await judgeAsChecker(checkerApi, claim, 'verified', 'UNHCR registered 10,400 arrivals.');

    // What a forged form or a no-cors fetch on another site sends: text/plain, maybe empty.
    for (const body of ['', '{}', 'status=published']) {
      const res = await editorApi.post(`/api/v1/claims/${claim.id}/publish`, {
        headers: { origin: EVIL, 'content-type': 'text/plain' },
        data: body,
      });
      expect(res.status(), `body ${JSON.stringify(body)}`).toBe(403);
      expect((await res.json()).error.message).toMatch(/Cross-site request refused/);
    }
    // Even declared as JSON (after a CORS preflight, never granted), another origin is refused.
    const json = await editorApi.post(`/api/v1/claims/${claim.id}/publish`, { headers: { origin: EVIL }, data: {} });
    expect(json.status()).toBe(403);
    // From this site but not JSON: 415, before the (empty) body is looked at.
    const plain = await editorApi.post(`/api/v1/claims/${claim.id}/publish`, { headers: { 'content-type': 'text/plain' }, data: '' });
    expect(plain.status()).toBe(415);
    expect((await plain.json()).error.message).toMatch(/Content-Type: application\/json/);

    // Nothing published: the article is not public at all.
    expect((await request.get(`/api/v1/articles/${article.slug}`)).status()).toBe(404);
    const history = await (await editorApi.get(`/api/v1/claims/${claim.id}/history`)).json();
    expect(history.events.map((e: { kind: string }) => e.kind)).not.toContain('verdict_published');

    // The same request from this site goes through: the refusals above were the origin's doing.
    expect((await editorApi.post(`/api/v1/claims/${claim.id}/publish`, { data: {} })).status()).toBe(201);
    const withdraw = await editorApi.delete(`/api/v1/claims/${claim.id}/evidence/1`, { headers: { origin: EVIL, 'content-type': 'text/plain' } });
    expect(withdraw.status()).toBe(403);
    const unpublish = await editorApi.post(`/api/v1/claims/${claim.id}/unpublish`, { headers: { origin: EVIL, 'content-type': 'text/plain' }, data: '' });
    expect(unpublish.status()).toBe(403);
    expect((await (await request.get(`/api/v1/articles/${article.slug}`)).json()).claims).toHaveLength(1);
  });

  test('a server action replayed from another origin is refused by Next and changes nothing', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-GB', extraHTTPHeaders: {} });
    const page = await context.newPage();
    const { signIn } = await import('../fixtures/desk');
    await signIn(page.request, 'editor');
    await page.goto('/settings');
    const captured = page.waitForRequest((r) => r.method() === 'POST' && !!r.headers()['next-action']);
    await page.getByLabel('English').check();
    await page.getByRole('button', { name: 'Save' }).click();
    const action = await captured;
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const headers = { ...action.headers() };
    const body = action.postData()!;
    expect(body).toContain('"en"');

    const replay = (origin: string) =>
      page.request.post(action.url(), { headers: { ...headers, origin }, data: body.replace('"en"', '"ar"') });
    const forged = await replay(EVIL);
    expect(forged.status()).toBeGreaterThanOrEqual(400);
    await page.context().clearCookies({ name: 'isnad-locale' }).catch(() => {});
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    // The same replay from this site is accepted: the mechanism works, only the origin differs.
    const same = await replay(new URL(action.url()).origin);
    expect(same.status()).toBe(200);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await context.close();
  });
});
