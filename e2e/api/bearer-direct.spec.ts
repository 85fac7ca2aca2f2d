import { expect, test } from '../fixtures/desk';

/**
 * Bearer-token calls of the claim routes are served outside Next's router
 * (lib/http/direct-api.ts). What a script sees must be what it saw through Next: the same
 * refusals, the write with its history row, the same security headers.
 */
test.describe('API over a bearer token, claim routes', () => {
  test('refusals, a write and its history, headers', async ({ editorApi, article, playwright, baseURL }) => {
    const { token } = await (await editorApi.post('/api/v1/tokens', { data: { name: 'direct', scope: 'write' } })).json();
    const bearer = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
    const claim = article.claims[0];

    const read = await bearer.get(`/api/v1/claims/${claim.id}`);
    expect(read.status()).toBe(200);
    expect(read.headers()['x-frame-options']).toBe('DENY');
    expect(read.headers()['x-content-type-options']).toBe('nosniff');
    expect(read.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
    const version = (await read.json()).claim.version;

    expect((await bearer.get('/api/v1/claims/987654')).status()).toBe(404);
    for (const id of ['0x1', '1e0', '%201%20']) expect((await bearer.get(`/api/v1/claims/${id}`)).status(), id).toBe(400);

    const comments = `/api/v1/claims/${claim.id}/comments`;
    const invalid = await bearer.post(comments, { data: Buffer.from('{"note":'), headers: { 'content-type': 'application/json' } });
    expect(invalid.status()).toBe(400);
    expect((await invalid.json()).error.message).toMatch(/not valid JSON/);
    expect((await bearer.post(comments, { data: { note: 'bad \u0000 byte' } })).status()).toBe(400);
    const huge = await bearer.post(comments, { data: { note: 'x'.repeat(2 * 1024 * 1024) } });
    expect(huge.status()).toBe(413);
    // A method the route does not export is still Next's answer.
    expect((await bearer.post(`/api/v1/claims/${claim.id}`, { data: {} })).status()).toBe(405);

    const stale = await bearer.patch(`/api/v1/claims/${claim.id}`, { data: { version: version + 5, claimant: 'Stale' } });
    expect(stale.status()).toBe(409);
    const posted = await bearer.post(comments, { data: { note: 'Checked against the wire copy.' } });
    expect(posted.status()).toBe(201);
    const edited = await bearer.patch(`/api/v1/claims/${claim.id}`, { data: { version, claimant: 'وزارة الصحة' } });
    expect(edited.status(), await edited.text()).toBe(200);
    expect((await edited.json()).claim).toMatchObject({ claimant: 'وزارة الصحة', version: version + 1 });

    const history = (await (await bearer.get(`/api/v1/claims/${claim.id}/history`)).json()).events as { kind: string; note: string | null }[];
    expect(history.filter((e) => e.note === 'Checked against the wire copy.')).toHaveLength(1);
    expect(history.filter((e) => e.kind === 'claim_edited')).toHaveLength(1);
    await bearer.dispose();
  });
});
