/**
 * The Content-Security-Policy of every page. Scripts run only with this response's nonce:
 * Next puts it on its own bootstrap and chunk scripts (it reads the nonce from the CSP
 * request header the proxy sets), and 'strict-dynamic' lets those scripts load the chunks
 * they import. An injected `<script>` (a stored-XSS that slipped past escaping) has no nonce
 * and does not run; 'unsafe-inline' is never allowed for scripts.
 *
 * Nonce or hashes? A nonce must differ per response, so every page carrying it is rendered
 * per request: no full-route cache, no static HTML. That costs nothing today (every page
 * reads the session or the language cookie and is dynamic already). When the public article
 * page is cached, its HTML cannot carry a fresh nonce; the choices then are (a) hashes:
 * 'sha256-...' of each inline script, which Next does not compute for its inline RSC payload
 * scripts (`self.__next_f.push(...)`, different on every page), so the cache layer would have
 * to hash the final HTML and set the header per cached entry; or (b) keep the nonce and cache
 * the data rather than the HTML ('use cache' on the query, revalidated by tag), rendering the
 * page per request from cached data — a few milliseconds. (b) keeps one policy for every page
 * and is the recommended path; (a) only if whole-page caching at a CDN is needed.
 * JSON-LD blocks are data, not script, and are not executed; they carry the nonce anyway so
 * no browser or audit tool reports them.
 */
export function contentSecurityPolicy(nonce: string, { dev = false, https = false } = {}): string {
  const directives = [
    "default-src 'self'",
    // 'self' is ignored next to 'strict-dynamic' in CSP3 browsers; kept for CSP2 ones.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    // React style attributes and Next's font CSS are inline styles: styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ];
  return directives.join('; ');
}

/** Two years, subdomains included: sent only on responses served over HTTPS. */
export const HSTS = 'max-age=63072000; includeSubDomains';

/** 128 random bits, base64: a nonce the page cannot guess or reuse. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
