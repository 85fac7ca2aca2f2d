import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddress, SOCKET_ADDRESS_HEADER } from './client-address';
import { stamp } from './socket-address';

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

describe('stamp (the socket address on each request)', () => {
  it('replaces what the client sent with the TCP peer', async () => {
    const seen = await new Promise<string | undefined>((resolve, reject) => {
      const server = http.createServer((req, res) => {
        stamp(req);
        resolve(req.headers[SOCKET_ADDRESS_HEADER] as string | undefined);
        res.end();
        server.close();
      });
      server.listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        http.get({ host: '127.0.0.1', port, headers: { [SOCKET_ADDRESS_HEADER]: '6.6.6.6' } }).on('error', reject);
      });
    });
    expect(seen).toBe('127.0.0.1');
  });
});
