// The cached public pages as the server hook (lib/http/server-hooks.ts) sends them, before
// Next: the body and its gzip and brotli forms, computed once when the cache handler stores
// the page, so a hit costs a map lookup, a tag check and one write. CommonJS beside the cache
// handler, which Node loads unbundled.
const { createHash } = require('node:crypto');
const zlib = require('node:zlib');
const { tagsManifest } = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js');

/**
 * Bytes of prepared pages kept (all three encodings counted); the oldest-used go first. A
 * page that left this store is still in Next's cache and is served by Next until stored again.
 */
const DEFAULT_BUDGET = 96 * 1024 * 1024;

/**
 * The page without Next's runtime: its <script> elements (the bootstrap chunks and the inline
 * RSC payload that repeats the page's content for hydration) and the <link>s preloading them.
 * The public pages have no client component and their links are plain anchors, so nothing
 * the reader sees or uses needs it. JSON-LD (type application/ld+json) is data for search
 * engines and stays. A page with streamed Suspense content (React's $RC swaps, <template>
 * placeholders) does need its scripts to show that content: it is returned unchanged.
 */
function withoutNextRuntime(html) {
  if (/\$RC\(|\$RS\(|<template\b[^>]*\bid="[BP]:/.test(html)) return html;
  return html
    .replace(/<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi, (tag, attrs) => (/\btype\s*=\s*["']?application\/ld\+json/i.test(attrs) ? tag : ''))
    .replace(/<link\b[^>]*\brel\s*=\s*["']?(?:modulepreload|preload)["']?[^>]*>/gi, (tag) => (/\bas\s*=\s*["']?script/i.test(tag) || /modulepreload/i.test(tag) ? '' : tag));
}

/** The tags of a cached page: its own and Next's implicit path tags. */
const tagsOf = (headers) => (typeof headers['x-next-cache-tags'] === 'string' ? headers['x-next-cache-tags'].split(',') : []);

/** True when one of the tags was expired at or after `storedAt`: the page may show what a change replaced. */
function expiredSince(tags, storedAt) {
  for (const tag of tags) {
    const expired = tagsManifest.get(tag)?.expired;
    if (typeof expired === 'number' && expired >= storedAt) return true;
  }
  return false;
}

class ServedPages {
  /** `policyOf(html)`: the CSP for the HTML actually sent (cache-handler.cjs's cachedPagePolicy). */
  constructor(policyOf, budget = DEFAULT_BUDGET) {
    this.policyOf = policyOf;
    this.budget = budget;
    this.bytes = 0;
    /** request path -> prepared page; Map order is least recently used first. */
    this.pages = new Map();
  }

  /**
   * Prepares a page Next is storing under `path`: its HTML without Next's runtime, with the
   * policy of that HTML. Only a 200 HTML page is kept; `headers` are the cache entry's, whose
   * CSP (for the full HTML) tells which of Next's answers came from this entry. `storedAt`
   * must be no later than the moment Next's own entry is dated, so a tag expired in between
   * counts.
   */
  put(path, { html, headers, status }, storedAt = Date.now()) {
    this.delete(path);
    if (typeof html !== 'string' || !headers || (status ?? 200) !== 200) return null;
    const served = withoutNextRuntime(html);
    const body = Buffer.from(served, 'utf8');
    const page = {
      path,
      storedAt,
      tags: tagsOf(headers),
      /** The CSP Next sends with this entry (its full HTML). */
      entryPolicy: headers['content-security-policy'],
      /** The CSP of the HTML this store sends. */
      policy: this.policyOf(served),
      etag: `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
      body,
      gzip: zlib.gzipSync(body, { level: 9 }),
      // Quality 9 is within a few percent of 11 on HTML at a fraction of the time; the page
      // is stored once and sent many times.
      br: zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
    };
    page.size = page.body.length + page.gzip.length + page.br.length;
    if (page.size > this.budget) return null;
    this.pages.set(path, page);
    this.bytes += page.size;
    for (const [oldest, p] of this.pages) {
      if (this.bytes <= this.budget) break;
      this.delete(oldest);
      if (p === page) break;
    }
    return page;
  }

  /** The prepared page for a path if none of its tags was expired since it was stored. */
  get(path) {
    const page = this.pages.get(path);
    if (!page) return null;
    if (expiredSince(page.tags, page.storedAt)) {
      this.delete(path);
      return null;
    }
    this.pages.delete(path);
    this.pages.set(path, page);
    return page;
  }

  delete(path) {
    const page = this.pages.get(path);
    if (!page) return;
    this.pages.delete(path);
    this.bytes -= page.size;
  }
}

module.exports = { ServedPages, withoutNextRuntime, expiredSince, DEFAULT_BUDGET };
