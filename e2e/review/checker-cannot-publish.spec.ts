import { claimWith, expect, pageAs, test } from '../fixtures/desk';

test.describe('a fact-checker may not publish', () => {
  test('the desk offers no publish button, and the API refuses with 403 and changes nothing', async ({ browser, request, article, checkerApi }) => {
    const claim = claimWith(article, 'ستة جنود');
    const reviewed = await checkerApi.post(`/api/v1/claims/${claim.id}/review`, {
      data: { status: 'verified', note: 'Russian MoD confirmed six deaths.', version: claim.version },
    });
    expect(reviewed.status()).toBe(200);

    const page = await pageAs(browser, 'checker', 'en');
    await page.goto(`/review/${article.slug}#claim-${claim.id}`);
    const panel = page.locator(`[data-claim-panel="${claim.id}"]`);
    await expect(panel).toContainText('Editors publish verdicts.');
    await expect(panel.getByRole('button', { name: /publish|preview/i })).toHaveCount(0);

    const res = await checkerApi.post(`/api/v1/claims/${claim.id}/publish`, { data: {} });
    expect(res.status()).toBe(403);
    expect((await res.json()).error).toMatchObject({ code: 'forbidden' });
    const history = await (await checkerApi.get(`/api/v1/claims/${claim.id}/history`)).json();
    expect(history.events.map((e: { kind: string }) => e.kind)).not.toContain('verdict_published');
    // Nothing published: the imported article is not public at all.
    expect((await request.get(`/api/v1/articles/${article.slug}`)).status()).toBe(404);
  });

  test('the overview, import and user pages are closed to a checker', async ({ browser }) => {
    const page = await pageAs(browser, 'checker', 'en');
    for (const path of ['/overview', '/import', '/admin/users']) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(403);
      await expect(page.locator('[data-forbidden]')).toContainText('Your role (Fact-checker) cannot open this page.');
    }
  });

  test('an editor may not manage users', async ({ browser, editorApi }) => {
    const page = await pageAs(browser, 'editor', 'en');
    expect((await page.goto('/admin/users'))?.status()).toBe(403);
    await expect(page.locator('[data-forbidden]')).toBeVisible();
    expect((await editorApi.post('/api/v1/claims/999999/unpublish', { data: {} })).status()).toBe(404);
  });
});
