import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddress, SOCKET_ADDRESS_HEADER } from './client-address';
import { installServerHooks } from './server-hooks';

const headers = (h: Record<string, string>) => new Headers(h);
const direct = { trustProxy: false, trustedHops: 1 };
const oneProxy = { trustProxy: true, trustedHops: 1 };
const twoProxies = { trustProxy: true, trustedHops: 2 };

describe('clientAddress', () => {
  it('without a trusted proxy, is the socket peer and ignores every hop of X-Forwarded-For', () => {
    const h = headers({ [SOCKET_ADDRESS_HEADER]: '203.0.113.9', 'x-forwarded-for': '198.51.100.1, 198.51.100.2' });
    expect(clientAddress(h, direct)).toBe('203.0.113.9');
    expect(clientAddress(headers({ 'x-forwarded-for': '198.51.100.1' }), direct)).toBe('unknown');
  });

  it('behind one proxy, is the hop that proxy appended, whatever the client wrote to its left', () => {
    const h = headers({ [SOCKET_ADDRESS_HEADER]: '10.0.0.2', 'x-forwarded-for': '1.1.1.1, 2.2.2.2, 203.0.113.9' });
    expect(clientAddress(h, oneProxy)).toBe('203.0.113.9');
  });

  it('behind two proxies, is the second hop from the right', () => {
    const h = headers({ 'x-forwarded-for': 'spoofed, 203.0.113.9, 10.0.0.7' });
    expect(clientAddress(h, twoProxies)).toBe('203.0.113.9');
    // A chain shorter than configured: the leftmost hop, never a made-up one.
    expect(clientAddress(headers({ 'x-forwarded-for': '203.0.113.9' }), twoProxies)).toBe('203.0.113.9');
    expect(clientAddress(headers({ [SOCKET_ADDRESS_HEADER]: '10.0.0.2' }), twoProxies)).toBe('10.0.0.2');
  });

  it('clips an address to 64 characters', () => {
    expect(clientAddress(headers({ 'x-forwarded-for': 'a'.repeat(500) }), oneProxy)).toHaveLength(64);
  });
});

describe('server hooks (installed by instrumentation.ts)', () => {
  /** A plain Node server with the hooks, answering with the address header it was handed. */
  async function withServer(run: (port: number) => Promise<void>) {
    installServerHooks();
    const server = http.createServer((req, res) => res.end(String(req.headers[SOCKET_ADDRESS_HEADER])));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      await run((server.address() as { port: number }).port);
    } finally {
      server.close();
    }
  }
  const request = (port: number, method: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; allow?: string; body: string }>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, method, path: '/', headers }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, allow: res.headers.allow, body }));
      });
      req.on('error', reject);
      req.end();
    });

  it('puts the TCP peer on each request, replacing what the client sent', async () => {
    await withServer(async (port) => {
      expect((await request(port, 'GET', { [SOCKET_ADDRESS_HEADER]: '6.6.6.6' })).body).toBe('127.0.0.1');
    });
  });

  it('answers TRACE with 405 and the methods allowed, before any handler', async () => {
    await withServer(async (port) => {
      for (const method of ['TRACE']) {
        const answer = await request(port, method);
        expect(answer.status).toBe(405);
        expect(answer.allow).toContain('GET');
      }
    });
  });

  it('answers CONNECT with 405 instead of cutting the connection', async () => {
    await withServer(async (port) => {
      const status = await new Promise<number>((resolve, reject) => {
        const req = http.request({ host: '127.0.0.1', port, method: 'CONNECT', path: 'example.org:443' });
        req.on('connect', (res, socket) => {
          socket.destroy();
          resolve(res.statusCode!);
        });
        req.on('error', reject);
        req.end();
      });
      expect(status).toBe(405);
    });
  });
});
