import { claimWith, expect, judgeAsChecker, test } from '../fixtures/desk';

test.describe('the tamper-evident history is public', () => {
  test('a publication moves the public chain head, and its verdict shows the hash of that record', async ({ page, request, article, editorApi, checkerApi }) => {
    const before = await request.get('/api/v1/public/chain-head');
    expect(before.status()).toBe(200);
    expect(before.headers()['cache-control']).toContain('no-store');
    const head0 = await before.json();
    expect(head0).toEqual({ count: expect.any(Number), head: expect.anything(), at: expect.anything() });

    const claim = claimWith(article, 'أكثر من 10 آلاف');
    await judgeAsChecker(checkerApi, claim, 'verified', 'Two counts agree.', 'Two independent counts agree.');
    expect((await editorApi.post(`/api/v1/claims/${claim.id}/publish`, { data: {} })).status()).toBe(201);

    const head1 = await (await request.get('/api/v1/public/chain-head')).json();
    // The review, the publication and its history event, at least (other tests write too).
    expect(head1.count).toBeGreaterThanOrEqual(head0.count + 3);
    expect(head1.head).toMatch(/^[0-9a-f]{64}$/);

    await page.goto(`/articles/${article.slug}`);
    const hash = page.locator(`#claim-${claim.id} [data-record-hash]`);
    const full = await hash.getAttribute('data-record-hash');
    expect(full).toMatch(/^[0-9a-f]{64}$/);
    await expect(hash.locator('code')).toHaveText(full!.slice(0, 12));
  });
});
