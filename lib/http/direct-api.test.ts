import http from 'node:http';
import { Readable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXED_HEADERS, installDirectApi, lazyBody, matchDirect, type LoadedRoute } from './direct-api';

const routes: LoadedRoute[] = [
  { pattern: /^\/api\/v1\/claims\/([^/]+)$/, params: ['id'], handlers: { GET: () => 0, PATCH: () => 0 } },
  { pattern: /^\/api\/v1\/claims\/([^/]+)\/evidence\/([^/]+)$/, params: ['id', 'evidenceId'], handlers: { DELETE: () => 0 } },
];

describe('matchDirect', () => {
  it('takes a token request on a listed path and method, with its params decoded', () => {
    expect(matchDirect(routes, 'PATCH', '/api/v1/claims/12?x=1', 'Bearer t')?.params).toEqual({ id: '12' });
    expect(matchDirect(routes, 'GET', '/api/v1/claims/%201%20', 'Bearer t')?.params).toEqual({ id: ' 1 ' });
    expect(matchDirect(routes, 'DELETE', '/api/v1/claims/3/evidence/4', 'Bearer t')?.params).toEqual({ id: '3', evidenceId: '4' });
  });

  it('leaves to Next a cookie request, an unlisted method, path or trailing slash, and a bad escape', () => {
    expect(matchDirect(routes, 'PATCH', '/api/v1/claims/12', undefined)).toBeNull();
    expect(matchDirect(routes, 'POST', '/api/v1/claims/12', 'Bearer t')).toBeNull();
    expect(matchDirect(routes, 'HEAD', '/api/v1/claims/12', 'Bearer t')).toBeNull();
    expect(matchDirect(routes, 'GET', '/api/v1/claims/12/', 'Bearer t')).toBeNull();
    expect(matchDirect(routes, 'GET', '/api/v1/claims', 'Bearer t')).toBeNull();
    expect(matchDirect(routes, 'GET', '/api/v1/claims/%E0%A4%A', 'Bearer t')).toBeNull();
  });
});

describe('installDirectApi', () => {
  let server: http.Server;
  let base: string;
  const seen: { request: Request; params: Record<string, string> }[] = [];

  beforeAll(async () => {
    await installDirectApi([
      {
        pattern: /^\/api\/v1\/claims\/([^/]+)$/,
        params: ['id'],
        load: async () => ({
          PATCH: async (request: Request, { params }: { params: Promise<Record<string, string>> }) => {
            seen.push({ request, params: await params });
            return Response.json({ body: await request.json() }, { status: 201 });
          },
        }),
      },
    ]);
    // The listener stands for Next: it answers whatever the direct path leaves to it.
    server = http.createServer((_req, res) => res.end('next'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server.close());

  it('runs the route handler with the body, the params and the headers proxy.ts and next.config.js add', async () => {
    const response = await fetch(`${base}/api/v1/claims/7`, {
      method: 'PATCH',
      headers: { authorization: 'Bearer t', 'content-type': 'application/json', 'x-forwarded-host': 'evil.example', 'x-isnad-socket-address': '6.6.6.6' },
      body: JSON.stringify({ version: 1 }),
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ body: { version: 1 } });
    for (const [name, value] of Object.entries(FIXED_HEADERS)) expect(response.headers.get(name)).toBe(value);
    const { request, params } = seen.at(-1)!;
    expect(params).toEqual({ id: '7' });
    // The client's forwarded host and self-declared address are replaced, as through Next.
    expect(request.headers.get('x-forwarded-host')).toBe(new URL(base).host);
    expect(request.headers.get('x-isnad-socket-address')).toBe('127.0.0.1');
  });

  it('leaves cookie requests and methods the route does not export to Next', async () => {
    const cookie = await fetch(`${base}/api/v1/claims/7`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(await cookie.text()).toBe('next');
    const get = await fetch(`${base}/api/v1/claims/7`, { headers: { authorization: 'Bearer t' } });
    expect(await get.text()).toBe('next');
  });
});

describe('lazyBody', () => {
  const incoming = () => new Readable({ read() {} }) as unknown as http.IncomingMessage;
  const text = (stream: ReadableStream<Uint8Array>) => new Response(stream).text();

  it('reads nothing until asked, then the whole body, chunk by chunk', async () => {
    const request = incoming();
    const body = lazyBody(request);
    request.push('{"version":');
    await new Promise((r) => setTimeout(r, 10));
    // Still buffered in the request: the handler has not read it yet.
    expect(request.readableLength).toBe(11);
    const reading = text(body);
    request.push('1,"note":"');
    request.push('\u0645"}');
    request.push(null);
    expect(await reading).toBe('{"version":1,"note":"\u0645"}');
  });

  it('errors when the connection closes before the body ended, and a cancel destroys the request', async () => {
    const cut = incoming();
    const reading = text(lazyBody(cut));
    cut.push('{"ver');
    await new Promise((r) => setTimeout(r, 10));
    cut.destroy();
    await expect(reading).rejects.toThrow();
    await expect(text(lazyBody(cut))).rejects.toThrow(/aborted/);

    const big = incoming();
    const reader = lazyBody(big).getReader();
    big.push('x'.repeat(100));
    await reader.read();
    await reader.cancel();
    expect(big.destroyed).toBe(true);
  });
});

describe('FIXED_HEADERS', () => {
  it('are the headers next.config.js sets on every path', async () => {
    const nextConfig = (await import('../../next.config.js')).default as { headers(): Promise<{ source: string; headers: { key: string; value: string }[] }[]> };
    const all = (await nextConfig.headers()).find((h) => h.source === '/:path*')!;
    expect(Object.fromEntries(all.headers.map((h) => [h.key, h.value]))).toEqual(FIXED_HEADERS);
  });
});
