import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '@/lib/http/security-headers';

const handler = createRequire(import.meta.url)('./cache-handler.cjs') as {
  cachedPagePolicy(html: string): string;
  inlineScripts(html: string): string[];
};
const sha = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0], d]));

const html = [
  '<html><head><script src="/_next/static/chunks/main.js" async=""></script>',
  '<script type="application/ld+json">{"@type":"ClaimReview"}</script></head><body>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"0:{\\"P\\":null}\\n"])</script></body></html>',
].join('');

describe('the CSP of a cached public page', () => {
  it('lists the hash of every inline script of that page and nothing that allows others', () => {
    const policy = directives(handler.cachedPagePolicy(html));
    const scripts = handler.inlineScripts(html);
    expect(scripts).toHaveLength(3);
    expect(policy.get('script-src')).toBe(`script-src 'self' ${scripts.map(sha).join(' ')}`);
    expect(policy.get('script-src')).not.toMatch(/unsafe-inline|unsafe-eval|nonce-/);
  });

  it('an injected script is not among the hashes', () => {
    const policy = handler.cachedPagePolicy(html);
    expect(policy).not.toContain(sha('alert(1)'));
  });

  it('keeps every other directive of the desk policy', () => {
    const cached = directives(handler.cachedPagePolicy(html));
    const desk = directives(contentSecurityPolicy('n0nce'));
    desk.delete('script-src');
    cached.delete('script-src');
    expect(cached).toEqual(desk);
  });
});

describe('a page rendered across a change is not stored', () => {
  const Handler = createRequire(import.meta.url)('./cache-handler.cjs') as {
    new (ctx: object): { set(key: string, data: object, ctx: object): Promise<void>; get(key: string, ctx: object): Promise<unknown> };
    RENDER_TAG: string;
    expire(tags: string[]): void;
  };
  const page = (began: number, tag: string) => ({
    kind: 'APP_PAGE',
    html: '<html><script>x()</script></html>',
    rscData: Buffer.from(''),
    status: 200,
    headers: { 'x-next-cache-tags': `${tag},${Handler.RENDER_TAG}${began}` },
  });
  const handler = new Handler({ flushToDisk: true, maxMemoryCacheSize: 1e6, serverDistDir: '/nonexistent', fs: {} });
  const ctx = { cacheControl: { revalidate: false } };
  const stored = async (key: string) => !!(await handler.get(key, { kind: 'APP_PAGE' }).catch(() => null));

  it('the render tag is the one lib/public/tag-page.ts puts on a page', async () => {
    const { RENDER_TAG } = await import('./tag-page');
    expect(Handler.RENDER_TAG).toBe(RENDER_TAG);
  });

  it('stores a page whose render began after the last change, with its own policy', async () => {
    Handler.expire(['public:article:a']);
    await new Promise((r) => setTimeout(r, 5));
    const data = page(Date.now(), 'public:article:a');
    await handler.set('/a', data, ctx);
    expect(await stored('/a')).toBe(true);
    expect((data.headers as Record<string, string>)['content-security-policy']).toContain(`'sha256-`);
  });

  it('refuses one whose render began before a change to what it shows', async () => {
    const began = Date.now();
    await new Promise((r) => setTimeout(r, 5));
    Handler.expire(['public:article:b']);
    await handler.set('/b', page(began, 'public:article:b'), ctx);
    expect(await stored('/b')).toBe(false);
  });
});
