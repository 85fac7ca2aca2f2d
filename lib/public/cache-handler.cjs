// Next's server cache for the public pages (next.config.js `cacheHandler`). Loaded by Node
// itself, not bundled: CommonJS, no TypeScript. It is Next's own file-system cache with
// three changes:
//  - entries live in this process's memory only (no disk): after a restart a server renders
//    its pages afresh rather than trusting files that changes made while it was down (by
//    another server on the same PostgreSQL) never expired;
//  - every cached page carries a Content-Security-Policy made for its own HTML: the SHA-256
//    of each inline script it contains (Next's RSC payload scripts differ on every page and
//    every render, so no fixed policy could list them), and no 'unsafe-inline';
//  - a page whose render began before one of its tags was expired is served to the request
//    that rendered it but not stored: it may hold what the change replaced (its reads ran
//    before the commit), and storing it after the expiry would keep it for good;
//  - `expire(tags)` on globalThis, which the PostgreSQL listener (instrumentation.ts) and
//    lib/public-cache.ts call to expire tags outside of a request;
//  - each stored page is also prepared for the server hook to send before Next runs
//    (`lookup(path)` on globalThis; lib/public/served-pages.cjs, lib/public/serve-cached.ts):
//    without Next's scripts, compressed once, valid exactly as long as Next's own entry.
const { createHash } = require('node:crypto');
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default;
const { tagsManifest } = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js');
const { ServedPages } = require('./served-pages.cjs');

const HOOK = Symbol.for('isnad.publicCache');
/** lib/public/tag-page.ts puts `${RENDER_TAG}<ms>` on each render: when it began. */
const RENDER_TAG = 'public:render-began:';

/** True when a tag of the page was expired at or after its render began. */
function renderedBeforeExpiry(tagsHeader) {
  const tags = typeof tagsHeader === 'string' ? tagsHeader.split(',') : [];
  const began = Number(tags.find((t) => t.startsWith(RENDER_TAG))?.slice(RENDER_TAG.length));
  if (!Number.isFinite(began)) return false;
  return tags.some((t) => (tagsManifest.get(t)?.expired ?? -Infinity) >= began);
}

/** Marks the tags expired now: an entry carrying one is rendered again on its next request. */
function expire(tags) {
  const now = Date.now();
  for (const tag of tags) tagsManifest.set(tag, { ...(tagsManifest.get(tag) || {}), stale: now, expired: now });
}

/** The text of every inline <script> (no src) in the HTML, exactly as the browser hashes it. */
function inlineScripts(html) {
  const scripts = [];
  const re = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
  for (let m; (m = re.exec(html)); ) if (!/\ssrc\s*=/i.test(` ${m[1]}`)) scripts.push(m[2]);
  return scripts;
}

/**
 * The policy of a cached page. Scripts: this origin's files (Next's chunks, with their SRI
 * when experimental.sri is on) and the page's own inline scripts by hash; an injected inline
 * script has no matching hash and does not run. The other directives are those of the desk's
 * nonce policy (lib/http/security-headers.ts; a unit test keeps them equal).
 */
function cachedPagePolicy(html) {
  const hashes = [...new Set(inlineScripts(html).map((s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`))];
  return [
    "default-src 'self'",
    `script-src 'self'${hashes.length ? ` ${hashes.join(' ')}` : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

// One store per process: Next also bundles this file into the proxy (middleware) and runs that
// copy when the proxy first loads, which must not replace the store the pages went into.
const served = (globalThis[Symbol.for('isnad.servedPages')] ??= new ServedPages(cachedPagePolicy));

globalThis[HOOK] = { expire, lookup: (path) => served.get(path) };

/**
 * The request path of a cache key: Next keys a page `/route-cache/APP_PAGE/<route hash>/$<path>`
 * (next/dist/server/lib/route-cache-key.js); the server hook looks pages up by path.
 */
function pathOf(key) {
  const i = key.indexOf('/$/');
  return key.startsWith('/route-cache/') && i >= 0 ? key.slice(i + 2) : key;
}

class PublicCacheHandler extends FileSystemCache {
  constructor(ctx) {
    super({ ...ctx, flushToDisk: false });
  }

  async set(key, data, ctx) {
    served.delete(pathOf(key));
    if (data && data.kind === 'APP_PAGE' && data.headers && renderedBeforeExpiry(data.headers['x-next-cache-tags'])) return;
    const page = data && data.kind === 'APP_PAGE' && typeof data.html === 'string' && data.headers;
    if (page) {
      // The same headers object is served with the response that rendered it, so the first
      // reader gets the policy as well as every later one.
      data.headers['content-security-policy'] = cachedPagePolicy(data.html);
    }
    // Dated before Next dates its entry, so a tag expired in between expires both.
    const storedAt = Date.now();
    await super.set(key, data, ctx);
    if (page) served.put(pathOf(key), data, storedAt);
  }
}

module.exports = PublicCacheHandler;
module.exports.cachedPagePolicy = cachedPagePolicy;
module.exports.inlineScripts = inlineScripts;
module.exports.RENDER_TAG = RENDER_TAG;
module.exports.expire = expire;
module.exports.served = served;
module.exports.pathOf = pathOf;
