import type http from 'node:http';
import { config } from '@/lib/config';
import { HSTS } from '@/lib/http/security-headers';
import { isHttps } from '@/lib/http/request-origin';

/**
 * Answers a request for a cached public page from the server hook, before Next runs: the
 * prepared bytes of lib/public/served-pages.cjs with the headers Next itself sent for that
 * same cached entry. Anything else falls through to Next, which renders, stores and answers
 * as before: a path Next has not answered from this entry yet, an expired tag, a query
 * string, a router (RSC) or prefetch request, a method other than GET or HEAD.
 */

/** The prepared page the cache handler keeps (lib/public/served-pages.cjs). */
interface PreparedPage {
  path: string;
  /** The CSP Next sends with the cache entry (the HTML with its scripts)... */
  entryPolicy: string;
  /** ...and the CSP of the HTML prepared here (without them). */
  policy: string;
  etag: string;
  body: Buffer;
  gzip: Buffer;
  br: Buffer;
  /** What Next sent with this entry, learnt from its own answer (see `learn`). */
  sent?: Array<[string, string | string[]]>;
}
interface CacheHook {
  lookup(path: string): PreparedPage | null;
}
const hook = () => (globalThis as Record<symbol, CacheHook | undefined>)[Symbol.for('isnad.publicCache')];

/** The cached public pages: an article's or a figure's page in either language. */
const CACHED_PATH = /^\/(?:ar|en)\/(?:articles|figures)\/[^/?#]+$/;

/** Headers that make a request Next's router's (RSC payload, prefetch, segment) or an action's. */
const ROUTER_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action', 'next-url', 'x-middleware-prefetch'];

/**
 * Headers of Next's answer not copied: the body's own (length, encoding, validator), the
 * connection's, and HSTS, which the proxy sets per request (it depends on the scheme).
 */
const PER_RESPONSE = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'etag', 'date', 'connection', 'keep-alive', 'strict-transport-security']);

/**
 * The path under which Next caches the page a request asks for, or null when the hook must
 * leave the request to Next. Next keys a page by its route with each parameter
 * `encodeURIComponent`-ed from its decoded value (server-utils interpolateDynamicPath), so
 * an Arabic slug is keyed in upper-case percent escapes whatever escaping the client used.
 */
export function cacheablePath(request: Pick<http.IncomingMessage, 'method' | 'url' | 'headers'>): string | null {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null;
  const url = request.url ?? '';
  if (!CACHED_PATH.test(url)) return null; // also: no query string, no fragment, no trailing slash
  if (ROUTER_HEADERS.some((h) => request.headers[h] !== undefined)) return null;
  const [, lang, kind, slug] = url.split('/');
  try {
    return `/${lang}/${kind}/${encodeURIComponent(decodeURIComponent(slug))}`;
  } catch {
    return null;
  }
}

/** br, else gzip, else none: what the client accepts (a q=0 refuses a coding). */
export function chooseEncoding(acceptEncoding: string | string[] | undefined): 'br' | 'gzip' | null {
  const accepted = new Map<string, number>();
  for (const part of String(acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name, q ? Number(q.slice(2)) || 0 : 1);
  }
  const ok = (coding: string) => (accepted.get(coding) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return null;
}

/** A Vary header value that names Accept-Encoding, keeping what it named before. */
export function withAcceptEncoding(vary: number | string | string[] | undefined): string {
  const names = (Array.isArray(vary) ? vary.join(',') : String(vary ?? '')).split(',').map((n) => n.trim()).filter(Boolean);
  return names.some((n) => n.toLowerCase() === 'accept-encoding' || n === '*') ? names.join(', ') : [...names, 'Accept-Encoding'].join(', ');
}

/** True when If-None-Match names the page's validator (weak comparison, as for GET). */
export function notModified(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((t) => t.trim() === '*' || opaque(t) === opaque(etag));
}

/**
 * Sends the cached page if it is here, still valid and Next has already answered from this
 * very entry (so its headers are known). Returns false to let Next answer.
 */
export function serveCachedPage(request: http.IncomingMessage, response: http.ServerResponse): boolean {
  const path = cacheablePath(request);
  if (!path) return false;
  const page = hook()?.lookup(path);
  if (!page?.sent) {
    learn(response, path);
    return false;
  }
  for (const [name, value] of page.sent) response.setHeader(name, value);
  // The body depends on Accept-Encoding (br, gzip or none): a shared cache in front must key
  // on it, whether or not Next's own answer (maybe to a client that asked for no coding) said so.
  response.setHeader('Vary', withAcceptEncoding(response.getHeader('vary')));
  response.setHeader('Content-Security-Policy', page.policy);
  response.setHeader('ETag', page.etag);
  if (isHttps({ get: (n: string) => (request.headers[n] as string | undefined) ?? null }, config, 'http:')) {
    response.setHeader('Strict-Transport-Security', HSTS);
  }
  if (notModified(request.headers['if-none-match'], page.etag)) {
    response.statusCode = 304;
    for (const name of ['content-type', 'content-security-policy']) response.removeHeader(name);
    response.end();
    return true;
  }
  const encoding = chooseEncoding(request.headers['accept-encoding']);
  const body = encoding ? page[encoding] : page.body;
  if (encoding) response.setHeader('Content-Encoding', encoding);
  response.setHeader('Content-Length', body.length);
  response.statusCode = 200;
  response.end(request.method === 'HEAD' ? undefined : body);
  return true;
}

/**
 * Remembers the headers of Next's answer to this request when it came from the cache entry
 * of the prepared page (the render that stored it, or a hit): the same CSP, which is per
 * entry. A later answer from the hook repeats them, so next.config.js headers, Vary and
 * cache-control are Next's own rather than a copy kept here.
 */
function learn(response: http.ServerResponse, path: string): void {
  response.once('finish', () => {
    if (response.statusCode !== 200) return;
    const page = hook()?.lookup(path);
    if (!page || page.sent) return;
    const headers = response.getHeaders();
    if (headers['content-security-policy'] !== page.entryPolicy) return;
    if (!String(headers['content-type'] ?? '').startsWith('text/html')) return;
    const sent: Array<[string, string | string[]]> = [];
    for (const [name, value] of Object.entries(headers)) {
      if (PER_RESPONSE.has(name) || name === 'content-security-policy' || value === undefined) continue;
      sent.push([name, Array.isArray(value) ? value : String(value)]);
    }
    // The render that stored the page said MISS; every answer from the entry since is a hit.
    const cache = sent.find(([n]) => n === 'x-nextjs-cache');
    if (cache) cache[1] = 'HIT';
    page.sent = sent;
  });
}
