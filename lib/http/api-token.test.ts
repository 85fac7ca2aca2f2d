import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '@/db/client';
import { createTestDb, createTestUser } from '@/lib/testing/test-db';
import { createApiToken } from '@/lib/tokens/create-api-token';
import { revokeApiToken } from '@/lib/tokens/revoke-api-token';

const state = vi.hoisted(() => ({ db: null as unknown }));
vi.mock('@/lib/auth/session', () => ({ getActor: async () => null }));
vi.mock('@/db', () => ({ getDb: () => state.db }));

const { apiRoute } = await import('./api');
const { SOCKET_ADDRESS_HEADER } = await import('./client-address');
const { config } = await import('@/lib/config');

const route = apiRoute(({ actor }) => ({ actor: actor?.id ?? null, scope: actor?.tokenScope ?? null }));
const call = (method: string, headers: Record<string, string>) =>
  route(new Request('http://localhost:3000/api/v1/x', { method, headers: { host: 'localhost:3000', ...headers }, ...(method === 'POST' ? { body: '{}' } : {}) }), {
    params: Promise.resolve({}),
  });

describe('apiRoute with Authorization: Bearer', () => {
  let db: Db;
  beforeEach(async () => {
    db = await createTestDb();
    state.db = db;
    Object.assign(config.rateLimits, { enabled: true, perToken: 1000, perAddress: 1000, windowMs: 60_000 });
  });

  it("acts as the token's owner; a write token changes without Origin or CSRF, a read token may only read", async () => {
    const editor = await createTestUser(db, 'editor');
    const write = await createApiToken(db, editor, { name: 'w', scope: 'write' });
    const read = await createApiToken(db, editor, { name: 'r', scope: 'read' });
    const posted = await call('POST', { authorization: `Bearer ${write.token}`, 'content-type': 'application/json' });
    expect(posted.status).toBe(200);
    expect(await posted.json()).toEqual({ actor: editor.id, scope: 'write' });
    expect((await call('GET', { authorization: `Bearer ${read.token}` })).status).toBe(200);
    const refused = await call('POST', { authorization: `Bearer ${read.token}`, 'content-type': 'application/json' });
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.message).toMatch(/read-only/);
  });

  it('answers 401 to an unknown, malformed or revoked token, even on a GET', async () => {
    const editor = await createTestUser(db, 'editor');
    const token = await createApiToken(db, editor, { name: 'w', scope: 'write' });
    await revokeApiToken(db, editor, { tokenId: token.id });
    for (const authorization of [`Bearer ${token.token}`, 'Bearer isnad_nope', 'Basic abc', 'Bearer']) {
      expect((await call('GET', { authorization })).status, authorization).toBe(401);
    }
  });

  it('answers 429 with Retry-After past the per-token limit, and past the per-address one', async () => {
    Object.assign(config.rateLimits, { perToken: 2, perAddress: 3 });
    const editor = await createTestUser(db, 'editor');
    const { token } = await createApiToken(db, editor, { name: 'w', scope: 'read' });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await call('GET', { authorization: `Bearer ${token}` })).status);
    expect(statuses).toEqual([200, 200, 429]);
    const limited = await call('GET', { authorization: `Bearer ${token}` });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await limited.json()).error.code).toBe('rate_limited');
    const anonymous = [];
    // The address is the socket's (stamped by the server hook), not what X-Forwarded-For says.
    const from = (address: string, spoofed = `198.51.100.${Math.floor(Math.random() * 250)}`) => ({ [SOCKET_ADDRESS_HEADER]: address, 'x-forwarded-for': spoofed });
    for (let i = 0; i < 4; i++) anonymous.push((await call('GET', from('203.0.113.5'))).status);
    expect(anonymous).toEqual([200, 200, 200, 429]);
    expect((await call('GET', from('203.0.113.6'))).status).toBe(200);
  });

  it('counts nothing with ISNAD_RATE_LIMITS=off', async () => {
    Object.assign(config.rateLimits, { enabled: false, perAddress: 1 });
    for (let i = 0; i < 3; i++) expect((await call('GET', {})).status).toBe(200);
  });
});
