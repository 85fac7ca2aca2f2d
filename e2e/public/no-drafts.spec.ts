import { claimWith, expect, judgeAsChecker, test } from '../fixtures/desk';

test.describe('the public sees published verdicts only', () => {
  test('an anonymous reader never sees a draft status, rationale or reviewer', async ({ page, request, article, checkerApi, editorApi }) => {
    const draft = claimWith(article, 'أكثر من 400');
    const published = claimWith(article, 'أكثر من 10 آلاف');
    const draftNote = `Draft rationale ${Date.now()}`;
    let res = await checkerApi.post(`/api/v1/claims/${draft.id}/review`, {
      data: { status: 'disputed', note: draftNote, version: draft.version },
    });
    expect(res.status()).toBe(200);
    await judgeAsChecker(checkerApi, published, 'verified', draftNote, 'UNHCR registered 10,400 arrivals by that evening.');
    expect((await editorApi.post(`/api/v1/claims/${published.id}/publish`, { data: {} })).status()).toBe(201);

    await page.goto(`/articles/${article.slug}`);
    await expect(page.locator(`#claim-${published.id}`)).toContainText('UNHCR registered 10,400 arrivals');
    await expect(page.locator(`#claim-${draft.id}`)).toHaveCount(0);
    await expect(page.locator('body')).not.toContainText(draftNote);
    await expect(page.locator('[data-verdict]')).toHaveCount(1);

    const api = await (await request.get(`/api/v1/articles/${article.slug}`)).json();
    expect(api.claims.map((c: { id: number }) => c.id)).toEqual([published.id]);
    expect(JSON.stringify(api)).not.toContain(draftNote);
    expect(api.claims[0]).not.toHaveProperty('status');
    expect(api.claims[0]).not.toHaveProperty('version');
  });

  test('private pages send an anonymous reader to sign in, and private API calls answer 401', async ({ page, request, article }) => {
    await page.goto(`/review/${article.slug}`);
    await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
    const claim = article.claims[0];
    for (const res of [
      await request.get(`/api/v1/claims/${claim.id}`),
      await request.get(`/api/v1/claims/${claim.id}/history`),
      await request.post(`/api/v1/claims/${claim.id}/review`, { data: { status: 'verified', note: 'x', version: 1 } }),
    ]) {
      expect(res.status()).toBe(401);
      expect((await res.json()).error.code).toBe('unauthorized');
    }
  });
});
