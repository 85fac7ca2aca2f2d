import { beforeEach, describe, expect, it, vi } from 'vitest';

const session = vi.hoisted(() => ({ actor: null as null | { id: number; role: 'editor' } }));
vi.mock('@/lib/auth/session', () => ({ getActor: async () => session.actor }));
vi.mock('@/db', () => ({ getDb: () => ({}) }));
// The database-backed rate limit has tests of its own (api-token.test.ts, rate-limit.test.ts).
vi.mock('@/lib/limits/rate-limit', () => ({ countRequest: async () => {} }));

const { apiRoute } = await import('./api');

/**
 * A POST whose body arrives in `chunks` pieces, counting the pieces pulled. The Request itself
 * may prefetch one; a body that was read shows every piece pulled.
 */
function post(headers: Record<string, string>, size = 16, chunks = 1) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled++;
      controller.enqueue(new TextEncoder().encode(pulled === 1 ? '{"a":1}'.padEnd(size, ' ') : ' '));
      if (pulled >= chunks) controller.close();
    },
  });
  const request = new Request('http://localhost:3000/api/v1/x', {
    method: 'POST',
    body,
    headers: { host: 'localhost:3000', ...headers },
    duplex: 'half',
  } as RequestInit);
  return { request, pulled: () => pulled };
}

const route = apiRoute(({ body }) => ({ got: body }), { bodyLimit: 64 });
const call = (request: Request) => route(request, { params: Promise.resolve({}) });
const same = { origin: 'http://localhost:3000', 'content-type': 'application/json' };

describe('apiRoute, in order: origin, content type, user, size, JSON', () => {
  beforeEach(() => {
    session.actor = { id: 1, role: 'editor' };
  });

  it('answers 403 to another origin and 415 to a non-JSON type without reading the body', async () => {
    const cross = post({ origin: 'https://evil.example', 'content-type': 'text/plain' }, 16, 40);
    expect((await call(cross.request)).status).toBe(403);
    const plain = post({ origin: 'http://localhost:3000', 'content-type': 'text/plain' }, 16, 40);
    expect((await call(plain.request)).status).toBe(415);
    expect(cross.pulled()).toBeLessThanOrEqual(2);
    expect(plain.pulled()).toBeLessThanOrEqual(2);
  });

  it('answers 401 to an anonymous change before reading its body', async () => {
    session.actor = null;
    const anonymous = post(same, 16, 40);
    const res = await call(anonymous.request);
    expect(res.status).toBe(401);
    expect(anonymous.pulled()).toBeLessThanOrEqual(2);
    // Signed in, the same 40-piece body is read to the end (and is valid JSON with spaces).
    session.actor = { id: 1, role: 'editor' };
    const read = post(same, 16, 40);
    expect((await call(read.request)).status).toBe(200);
    expect(read.pulled()).toBe(40);
  });

  it('answers 413 past the route limit, and passes a body within it to the handler', async () => {
    expect((await call(post(same, 65).request)).status).toBe(413);
    const ok = await call(post(same).request);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ got: { a: 1 } });
  });
});
