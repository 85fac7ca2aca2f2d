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
