import { createRequire } from 'node:module';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { ServedPages, withoutNextRuntime } = require('./served-pages.cjs') as {
  ServedPages: new (policyOf: (html: string) => string, budget?: number) => {
    put(path: string, data: object, storedAt?: number): { body: Buffer; gzip: Buffer; br: Buffer; policy: string; etag: string } | null;
    get(path: string): { body: Buffer; gzip: Buffer; br: Buffer; policy: string; etag: string } | null;
    bytes: number;
  };
  withoutNextRuntime(html: string): string;
};
const { expire, cachedPagePolicy } = require('./cache-handler.cjs') as { expire(tags: string[]): void; cachedPagePolicy(html: string): string };

const ldJson = '<script type="application/ld+json">{"@type":"ClaimReview"}</script>';
const html = [
  '<!DOCTYPE html><html lang="ar"><head><link rel="stylesheet" href="/_next/static/css/a.css"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>',
  '<link rel="preload" href="/_next/static/media/font.woff2" as="font" type="font/woff2" crossorigin=""/>',
  '<link rel="alternate" hrefLang="en" href="http://x/en/articles/a"/>',
  '<script src="/_next/static/chunks/main.js" async=""></script>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script></head><body>',
  `<main><h1>عنوان</h1><a href="/en/articles/a">English</a>${ldJson}</main>`,
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"0:{\\"P\\":null}\\n"])</script></body></html>',
].join('');

describe("a cached page without Next's runtime", () => {
  const out = withoutNextRuntime(html);

  it('has no script a browser would run, and no preload of one', () => {
    expect(out).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
    expect(out).not.toContain('as="script"');
    expect(out).not.toContain('__next_f');
  });

  it('keeps the content, the JSON-LD, the stylesheet, the font preload and the alternates', () => {
    expect(out).toContain('<h1>عنوان</h1>');
    expect(out).toContain(ldJson);
    expect(out).toContain('rel="stylesheet"');
    expect(out).toContain('as="font"');
    expect(out).toContain('hrefLang="en"');
  });

  it('leaves a page whose streamed content needs its scripts unchanged', () => {
    const streamed = '<div hidden id="S:0">late</div><template id="B:0"></template><script>$RC("B:0","S:0")</script>';
    expect(withoutNextRuntime(streamed)).toBe(streamed);
  });
});

describe('the prepared pages', () => {
  const page = (tag: string) => ({
    html,
    status: 200,
    headers: { 'x-next-cache-tags': `public:all,${tag}`, 'content-security-policy': 'entry' },
  });

  it('are compressed once, decode to the page, and carry the policy of what is sent', () => {
    const pages = new ServedPages(cachedPagePolicy);
    const p = pages.put('/ar/articles/a', page('public:article:a'))!;
    expect(gunzipSync(p.gzip).equals(p.body)).toBe(true);
    expect(brotliDecompressSync(p.br).equals(p.body)).toBe(true);
    expect(p.body.length).toBeLessThan(Buffer.byteLength(html));
    // Only the JSON-LD is left inline, so its hash is the only one.
    expect(p.policy).toBe(cachedPagePolicy(ldJson));
    expect(pages.get('/ar/articles/a')).toBe(p);
  });

  it('stop being served the moment one of their tags is expired', async () => {
    const pages = new ServedPages(cachedPagePolicy);
    pages.put('/ar/articles/b', page('public:article:b'));
    pages.put('/ar/articles/c', page('public:article:c'));
    expire(['public:article:b']);
    expect(pages.get('/ar/articles/b')).toBeNull();
    expect(pages.get('/ar/articles/c')).not.toBeNull();
  });

  it('a page stored in the same millisecond as an expiry is not trusted', () => {
    const pages = new ServedPages(cachedPagePolicy);
    const now = Date.now();
    pages.put('/ar/articles/d', page('public:article:d'), now);
    expire(['public:article:d']);
    expect(pages.get('/ar/articles/d')).toBeNull();
  });

  it('are not kept for an error page', () => {
    const pages = new ServedPages(cachedPagePolicy);
    expect(pages.put('/ar/articles/e', { ...page('public:article:e'), status: 404 })).toBeNull();
    expect(pages.get('/ar/articles/e')).toBeNull();
  });

  it('keep within their byte budget, dropping the least recently used', () => {
    const one = new ServedPages(cachedPagePolicy).put('/x', page('t'))!;
    const size = one.body.length + one.gzip.length + one.br.length;
    const pages = new ServedPages(cachedPagePolicy, size * 2 + 10);
    pages.put('/1', page('t1'));
    pages.put('/2', page('t2'));
    pages.get('/1');
    pages.put('/3', page('t3'));
    expect(pages.get('/2')).toBeNull();
    expect(pages.get('/1')).not.toBeNull();
    expect(pages.get('/3')).not.toBeNull();
    expect(pages.bytes).toBeLessThanOrEqual(size * 2 + 10);
  });
});
