import { describe, expect, it } from 'vitest';
import { isHttps, publicOriginFrom, requestOrigin, sameOriginVerdict } from './request-origin';

const h = (values: Record<string, string>) => new Headers(values);
const direct = { publicUrl: null, trustProxy: false };
const proxied = { publicUrl: null, trustProxy: true };
const configured = { publicUrl: 'https://desk.example.org', trustProxy: false };

describe('requestOrigin', () => {
  it('ignores X-Forwarded-Host/Proto unless the proxy is trusted', () => {
    const headers = h({ host: 'desk.example.org', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'http' });
    expect(requestOrigin(headers, direct, 'https:')).toBe('https://desk.example.org');
    expect(requestOrigin(headers, proxied, 'https:')).toBe('http://evil.example');
  });

  it('takes the first value of a forwarded list, and http for a local host', () => {
    expect(requestOrigin(h({ host: 'x', 'x-forwarded-host': 'a.org, b.org', 'x-forwarded-proto': 'https,http' }), proxied)).toBe('https://a.org');
    expect(requestOrigin(h({ host: 'localhost:3000' }), direct)).toBe('http://localhost:3000');
  });
});

describe('publicOriginFrom', () => {
  it('is the configured public URL whatever the request says', () => {
    const poisoned = h({ host: 'evil.example', 'x-forwarded-host': 'evil.example' });
    expect(publicOriginFrom(poisoned, configured)).toBe('https://desk.example.org');
    expect(publicOriginFrom(poisoned, { ...configured, trustProxy: true })).toBe('https://desk.example.org');
    expect(isHttps(poisoned, configured)).toBe(true);
    expect(isHttps(h({ host: 'localhost:3000' }), direct, 'http:')).toBe(false);
  });
});

describe('sameOriginVerdict', () => {
  const site = { host: 'localhost:3000' };
  it('accepts an Origin naming this host, or Sec-Fetch-Site same-origin when Origin is absent', () => {
    expect(sameOriginVerdict(h({ ...site, origin: 'http://localhost:3000' }), direct, 'http:').ok).toBe(true);
    expect(sameOriginVerdict(h({ ...site, 'sec-fetch-site': 'same-origin' }), direct).ok).toBe(true);
    expect(sameOriginVerdict(h({ host: 'internal:3000', origin: 'https://desk.example.org' }), configured).ok).toBe(true);
  });

  it('refuses another site, an opaque origin, another port, and a request with neither header', () => {
    const refused = (headers: Record<string, string>, settings = direct) => sameOriginVerdict(h({ ...site, ...headers }), settings);
    expect(refused({ origin: 'https://evil.example' })).toMatchObject({ ok: false, reason: expect.stringMatching(/another site/) });
    expect(refused({ origin: 'null' })).toMatchObject({ ok: false, reason: expect.stringMatching(/opaque/) });
    expect(refused({ origin: 'http://localhost:3001' }).ok).toBe(false);
    expect(refused({ origin: 'http://localhost:3000.evil.example' }).ok).toBe(false);
    expect(refused({ 'sec-fetch-site': 'cross-site' })).toMatchObject({ ok: false, reason: expect.stringMatching(/Origin/) });
    expect(refused({})).toMatchObject({ ok: false });
  });

  it('does not let a forged X-Forwarded-Host make a foreign Origin look like ours unless the proxy is trusted', () => {
    const headers = { origin: 'https://evil.example', 'x-forwarded-host': 'evil.example' };
    expect(sameOriginVerdict(h({ ...site, ...headers }), direct).ok).toBe(false);
  });
});
