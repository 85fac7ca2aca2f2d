/**
 * Fetches the page an editor pasted and extracts the article from it. The server fetches
 * on the editor's behalf, so the request is fenced in:
 * - http and https only, on their usual ports or any port the URL names;
 * - the host name is resolved once and every address it resolves to must be public
 *   (lib/articles/public-address.ts) unless an allow-list admits it; the connection is then
 *   made to the address that was checked (a pinned DNS lookup), so a second resolution
 *   cannot swap in 127.0.0.1 between the check and the connect (DNS rebinding);
 * - at most `maxRedirects` redirects, each target checked the same way;
 * - a connect timeout, and a total timeout over redirects and the whole body;
 * - a size limit counted on the decompressed bytes while they stream, so neither a huge
 *   page nor a compression bomb is held in memory;
 * - only text/html (or XHTML) is read; the charset comes from the header or <meta>.
 * Every refusal is a DomainError (400) whose message says what to do instead.
 */
import { checkedAddresses, type AddressPolicy } from './checked-address';
import { extractArticle, type ExtractedArticle } from './extract-article';
import { FetchArticleError, type Deadline } from './fetch-refusal';
import { decodeHtml, getPinned, readBody } from './http-get';

export { FetchArticleError, type FetchRefusal } from './fetch-refusal';
export { decodeHtml } from './http-get';

export interface FetchArticleOptions extends AddressPolicy {
  connectTimeoutMs?: number;
  totalTimeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** TLS settings for tests against a self-signed server. */
  ca?: string | Buffer;
}

export const FETCH_DEFAULTS = {
  connectTimeoutMs: 5_000,
  totalTimeoutMs: 20_000,
  maxBytes: 5_000_000,
  maxRedirects: 5,
} as const;

export interface FetchedArticle extends ExtractedArticle {
  /** The address the page was finally read from, after redirects. */
  finalUrl: string;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function parseUrl(input: string): URL {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new FetchArticleError('invalid_url', 'is not a web address; give a full address starting with https://');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchArticleError('scheme', `only http:// and https:// addresses can be imported, not ${url.protocol}//`);
  }
  if (url.username || url.password) {
    throw new FetchArticleError('credentials', 'must not contain a user name or password');
  }
  url.hash = '';
  return url;
}

const HTML_TYPE = /^\s*(text\/html|application\/xhtml\+xml)\s*(;|$)/i;

/** Fetches an article page by URL, fenced as described above, and extracts the article. */
export async function fetchArticle(input: string, opts: FetchArticleOptions = {}): Promise<FetchedArticle> {
  const totalTimeoutMs = opts.totalTimeoutMs ?? FETCH_DEFAULTS.totalTimeoutMs;
  const maxRedirects = opts.maxRedirects ?? FETCH_DEFAULTS.maxRedirects;
  const controller = new AbortController();
  let expired = false;
  const timer = setTimeout(() => {
    expired = true;
    controller.abort();
  }, totalTimeoutMs);
  const deadline: Deadline = { signal: controller.signal, timedOut: () => expired };
  try {
    let url = parseUrl(input);
    for (let hop = 0; ; hop++) {
      const addresses = await checkedAddresses(url, opts);
      if (expired) throw new FetchArticleError('timeout', `${url.host} took too long to send the page`);
      const res = await getPinned(url, addresses, deadline, {
        connectTimeoutMs: opts.connectTimeoutMs ?? FETCH_DEFAULTS.connectTimeoutMs,
        ca: opts.ca,
      });
      const status = res.statusCode ?? 0;
      if (REDIRECTS.has(status) && res.headers.location) {
        res.resume();
        if (hop >= maxRedirects) throw new FetchArticleError('too_many_redirects', `the address redirected more than ${maxRedirects} times`);
        let next: string;
        try {
          next = new URL(res.headers.location, url).href;
        } catch {
          throw new FetchArticleError('invalid_url', `${url.host} redirected to an invalid address`);
        }
        url = parseUrl(next);
        continue;
      }
      if (status < 200 || status >= 300) {
        res.resume();
        throw new FetchArticleError('http_status', `${url.host} answered ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''} instead of the page`);
      }
      const type = res.headers['content-type'];
      if (!type || !HTML_TYPE.test(type)) {
        res.destroy();
        throw new FetchArticleError('not_html', `the address gives ${type ? type.split(';')[0] : 'an untyped file'}, not a web page (text/html)`);
      }
      const body = await readBody(res, opts.maxBytes ?? FETCH_DEFAULTS.maxBytes, deadline, url);
      const article = extractArticle(decodeHtml(body, type), url.href);
      if (article.text.trim().length === 0) {
        throw new FetchArticleError('no_text', 'no article text was found on the page; paste the text instead');
      }
      return { ...article, finalUrl: url.href };
    }
  } finally {
    clearTimeout(timer);
  }
}
