import { claimWith, expect, test } from '../fixtures/desk';

test.describe('API refusals', () => {
  test('a stale version gets 409 and the first decision is kept', async ({ checkerApi, editorApi, article }) => {
    const claim = claimWith(article, 'ثلاث شحنات');
    const first = await checkerApi.post(`/api/v1/claims/${claim.id}/review`, {
      data: { status: 'verified', note: 'ICRC confirmed three convoys.', version: claim.version },
    });
    expect(first.status()).toBe(200);
    const second = await editorApi.post(`/api/v1/claims/${claim.id}/review`, {
      data: { status: 'disputed', note: 'Only two arrived.', version: claim.version },
    });
    expect(second.status()).toBe(409);
    const body = await second.json();
    expect(body.error.code).toBe('conflict');
    expect(body.error.message).toMatch(/changed since you read it/);
    const now = await (await checkerApi.get(`/api/v1/claims/${claim.id}`)).json();
    expect(now.claim).toMatchObject({ status: 'verified', rationale: 'ICRC confirmed three convoys.', version: claim.version + 1 });
  });

  test('invalid input gets 400 with a message naming the field', async ({ checkerApi, article }) => {
    const claim = article.claims[0];
    const cases: Array<[string, unknown, RegExp]> = [
      ['review', { status: 'true', note: 'x', version: claim.version }, /status: must be one of/],
      ['review', { status: 'disputed', version: claim.version }, /note: a rationale is required/],
      ['review', { status: 'disputed', note: 'x' }, /version: /],
      ['evidence', { url: 'javascript:alert(1)', stance: 'supports' }, /url: must be a full http/],
      ['evidence', { url: 'ftp://example.org/file', stance: 'supports' }, /url: must be a full http/],
      ['evidence', { url: 'https://example.org', stance: 'agrees' }, /stance: must be one of: supports, contradicts, context/],
    ];
    for (const [verb, data, message] of cases) {
      const res = await checkerApi.post(`/api/v1/claims/${claim.id}/${verb}`, { data });
      expect(res.status(), JSON.stringify(data)).toBe(400);
      const body = await res.json();
      expect(body.error.code).toBe('invalid_input');
      expect(body.error.message).toMatch(message);
    }
    const bad = await checkerApi.post(`/api/v1/claims/${claim.id}/review`, { data: 'not json', headers: { 'content-type': 'application/json' } });
    expect(bad.status()).toBe(400);
    const history = await (await checkerApi.get(`/api/v1/claims/${claim.id}/history`)).json();
    expect(history.events.map((e: { kind: string }) => e.kind)).toEqual(['claim_created']);
  });

  test('an unknown claim is 404', async ({ checkerApi }) => {
    const res = await checkerApi.get('/api/v1/claims/987654');
    expect(res.status()).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
    expect((await checkerApi.get('/api/v1/claims/abc')).status()).toBe(400);
  });
});

test('a body that is not declared as JSON is refused, so a cross-site form cannot post', async ({ checkerApi, article }) => {
  const claim = article.claims[0];
  const res = await checkerApi.post(`/api/v1/claims/${claim.id}/review`, {
    data: JSON.stringify({ status: 'in_review', version: claim.version }),
    headers: { 'content-type': 'text/plain' },
  });
  expect(res.status()).toBe(415);
  expect((await res.json()).error.message).toMatch(/Content-Type: application\/json/);
  const now = await (await checkerApi.get(`/api/v1/claims/${claim.id}`)).json();
  expect(now.claim.status).toBe('unreviewed');
});
