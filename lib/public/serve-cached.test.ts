import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { cacheablePath, chooseEncoding, notModified, withAcceptEncoding } from './serve-cached';

const { pathOf } = createRequire(import.meta.url)('./cache-handler.cjs') as { pathOf(key: string): string };
const get = (url: string, headers: Record<string, string> = {}, method = 'GET') => ({ method, url, headers });

describe('which requests the server hook may answer from a cached page', () => {
  it('a plain GET or HEAD of an article page in either language, by the path Next keys it under', () => {
    expect(cacheablePath(get('/ar/articles/bench-1'))).toBe('/ar/articles/bench-1');
    expect(cacheablePath(get('/en/articles/bench-1', {}, 'HEAD'))).toBe('/en/articles/bench-1');
    const arabic = `/ar/articles/${encodeURIComponent('مقال')}`;
    expect(cacheablePath(get(arabic))).toBe(arabic);
    expect(cacheablePath(get(arabic.toLowerCase()))).toBe(arabic);
  });

  it("a figure's public page the same way", () => {
    expect(cacheablePath(get('/en/figures/gaza-toll'))).toBe('/en/figures/gaza-toll');
    const arabic = `/ar/figures/${encodeURIComponent('حصيلة')}`;
    expect(cacheablePath(get(arabic.toLowerCase()))).toBe(arabic);
    expect(cacheablePath(get('/ar/figures/gaza-toll?x=1'))).toBeNull();
    expect(cacheablePath(get('/figures/gaza-toll'))).toBeNull();
    expect(cacheablePath(get('/ar/figures'))).toBeNull();
  });

  it('never a query string, another path, another method, or a request of the router', () => {
    expect(cacheablePath(get('/ar/articles/a?utm=x'))).toBeNull();
    expect(cacheablePath(get('/ar/articles/a/'))).toBeNull();
    expect(cacheablePath(get('/articles/a'))).toBeNull();
    expect(cacheablePath(get('/fr/articles/a'))).toBeNull();
    expect(cacheablePath(get('/review/a'))).toBeNull();
    expect(cacheablePath(get('/ar/articles/a', {}, 'POST'))).toBeNull();
    for (const h of ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action']) {
      expect(cacheablePath(get('/ar/articles/a', { [h]: '1' })), h).toBeNull();
    }
    expect(cacheablePath(get('/ar/articles/%E0%A4%A'))).toBeNull();
  });

  it('maps Next cache keys to those paths', () => {
    expect(pathOf('/route-cache/APP_PAGE/1e38cc/$/ar/articles/bench-1')).toBe('/ar/articles/bench-1');
    expect(pathOf('/ar/articles/x')).toBe('/ar/articles/x');
  });
});

describe('content coding and validators', () => {
  it('brotli, else gzip, else none, honouring q=0', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
  });

  it('Vary names Accept-Encoding, beside what Next named', () => {
    expect(withAcceptEncoding('rsc, next-router-state-tree')).toBe('rsc, next-router-state-tree, Accept-Encoding');
    expect(withAcceptEncoding('RSC, Accept-Encoding')).toBe('RSC, Accept-Encoding');
    expect(withAcceptEncoding(undefined)).toBe('Accept-Encoding');
  });

  it('If-None-Match matches the page validator, weakly, in a list or as *', () => {
    const etag = 'W/"abc"';
    expect(notModified('W/"abc"', etag)).toBe(true);
    expect(notModified('"abc"', etag)).toBe(true);
    expect(notModified('"x", W/"abc"', etag)).toBe(true);
    expect(notModified('*', etag)).toBe(true);
    expect(notModified('"abd"', etag)).toBe(false);
    expect(notModified(undefined, etag)).toBe(false);
  });
});
