import { expect, test } from '../fixtures/desk';

test.describe('request body limits', () => {
  test('a body over the limit gets 413 before it is parsed, and an anonymous one 401 before it is read', async ({ editorApi, request, article }) => {
    const claim = article.claims[0];
    const huge = JSON.stringify({ note: 'x'.repeat(2 * 1024 * 1024) });
    const res = await editorApi.post(`/api/v1/claims/${claim.id}/comments`, { headers: { 'content-type': 'application/json' }, data: huge });
    expect(res.status()).toBe(413);
    expect((await res.json()).error).toMatchObject({ code: 'payload_too_large', message: expect.stringMatching(/limit of 1,048,576 bytes/) });

    const started = Date.now();
    const anonymous = await request.post(`/api/v1/claims/${claim.id}/comments`, {
      headers: { 'content-type': 'application/json' },
      data: Buffer.alloc(20 * 1024 * 1024, 0x20),
    });
    expect(anonymous.status()).toBe(401);
    expect(Date.now() - started).toBeLessThan(10_000);

    const history = await (await editorApi.get(`/api/v1/claims/${claim.id}/history`)).json();
    expect(history.events.map((e: { kind: string }) => e.kind)).toEqual(['claim_created']);
  });

  test('the article import takes a larger body than the other routes', async ({ editorApi }) => {
    // 1.5 MB: over the 1 MB default, under the import's limit, so it is read and judged on its content.
    const res = await editorApi.post('/api/v1/articles', { data: { text: 'نص '.repeat(300_000) } });
    expect(res.status()).not.toBe(413);
    expect((await res.json()).error.message).toMatch(/title: is required/);
  });
});
