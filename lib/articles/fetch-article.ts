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
import type { IncomingMessage } from 'node:http';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import { lookup as dnsLookup } from 'node:dns/promises';
import zlib from 'node:zlib';
import { DomainError } from '@/lib/errors';
import { extractArticle, type ExtractedArticle } from './extract-article';
import { addressMatcher, isPublicAddress } from './public-address';

export interface FetchArticleOptions {
  /** Addresses or CIDR ranges fetched even though they are not public (tests, intranets). */
  allowAddresses?: readonly string[];
  connectTimeoutMs?: number;
  totalTimeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** DNS resolution, replaceable in tests; returns every address of the host. */
  resolve?: (hostname: string) => Promise<Array<{ address: string; family: number }>>;
  /** TLS settings for tests against a self-signed server. */
  ca?: string | Buffer;
}

export const FETCH_DEFAULTS = {
  connectTimeoutMs: 5_000,
  totalTimeoutMs: 20_000,
  maxBytes: 5_000_000,
  maxRedirects: 5,
} as const;

export type FetchRefusal =
  | 'invalid_url'
  | 'scheme'
  | 'credentials'
  | 'dns'
  | 'private_address'
  | 'connect_timeout'
  | 'timeout'
  | 'too_large'
  | 'too_many_redirects'
  | 'http_status'
  | 'not_html'
  | 'network'
  | 'no_text';

/** A refused fetch: a 400 naming the `url` field, with the reason for tests and logs. */
export class FetchArticleError extends DomainError {
  constructor(
    readonly reason: FetchRefusal,
    message: string,
  ) {
    super('invalid_input', `url: ${message}`, { url: message });
    this.name = 'FetchArticleError';
  }
}

export interface FetchedArticle extends ExtractedArticle {
  /** The address the page was finally read from, after redirects. */
  finalUrl: string;
}

const USER_AGENT = 'IsnadFactCheck/1.0 (+article import; a newsroom fact-checking desk)';
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

/** The addresses to connect to, each one checked; refuses the host if any one is not public. */
async function checkedAddresses(url: URL, opts: FetchArticleOptions): Promise<Array<{ address: string; family: number }>> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const allowed = addressMatcher(opts.allowAddresses ?? []);
  let addresses: Array<{ address: string; family: number }>;
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await (opts.resolve ?? ((h) => dnsLookup(h, { all: true, verbatim: true })))(host);
    } catch {
      throw new FetchArticleError('dns', `the host ${host} could not be found; check the address`);
    }
    if (addresses.length === 0) throw new FetchArticleError('dns', `the host ${host} could not be found; check the address`);
  }
  // All, not any: a host that also resolves privately could be steered there on a retry.
  const bad = addresses.find((a) => !isPublicAddress(a.address) && !allowed(a.address));
  if (bad) {
    throw new FetchArticleError(
      'private_address',
      `${host} points to ${bad.address}, a private, local or reserved address; only pages on the public internet can be imported`,
    );
  }
  return addresses;
}

/** A DNS lookup that only ever answers with the addresses already checked. */
function pinnedLookup(addresses: Array<{ address: string; family: number }>): LookupFunction {
  return ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, addresses);
    else callback(null, addresses[0].address, addresses[0].family);
  }) as unknown as LookupFunction;
}

interface Deadline {
  signal: AbortSignal;
  timedOut: () => boolean;
}

/** One GET to a checked address: resolves with the response, or rejects with a refusal. */
function request(url: URL, addresses: Array<{ address: string; family: number }>, deadline: Deadline, opts: FetchArticleOptions): Promise<IncomingMessage> {
  const connectTimeoutMs = opts.connectTimeoutMs ?? FETCH_DEFAULTS.connectTimeoutMs;
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(
      url,
      {
        lookup: pinnedLookup(addresses),
        // No shared keep-alive pool: a pooled socket would skip this fetch's address check.
        agent: false,
        signal: deadline.signal,
        headers: {
          'user-agent': USER_AGENT,
          accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
          'accept-encoding': 'gzip, deflate, br',
          'accept-language': 'ar,en;q=0.8',
        },
        ...(opts.ca ? { ca: opts.ca } : {}),
      },
      (res) => {
        clearTimeout(connectTimer);
        resolve(res);
      },
    );
    const connectTimer = setTimeout(() => {
      req.destroy(new FetchArticleError('connect_timeout', `${url.host} did not answer within ${connectTimeoutMs / 1000} s`));
    }, connectTimeoutMs);
    req.on('socket', (socket) => {
      const connected = () => clearTimeout(connectTimer);
      if (!socket.connecting) connected();
      else socket.once('connect', connected);
    });
    req.on('error', (error) => {
      clearTimeout(connectTimer);
      reject(refusalOf(error, deadline, url));
    });
  });
}

function refusalOf(error: unknown, deadline: Deadline, url: URL): FetchArticleError {
  if (error instanceof FetchArticleError) return error;
  if (deadline.timedOut()) return new FetchArticleError('timeout', `${url.host} took too long to send the page`);
  const code = (error as { code?: string }).code ?? '';
  return new FetchArticleError('network', `${url.host} could not be read (${code || (error as Error).message || 'network error'})`);
}

function decompressed(res: IncomingMessage): NodeJS.ReadableStream {
  switch ((res.headers['content-encoding'] ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return res.pipe(zlib.createGunzip());
    case 'deflate':
      return res.pipe(zlib.createInflate());
    case 'br':
      return res.pipe(zlib.createBrotliDecompress());
    default:
      return res;
  }
}

/** The body, up to maxBytes after decompression; refused as soon as it goes past. */
async function readBody(res: IncomingMessage, maxBytes: number, deadline: Deadline, url: URL): Promise<Buffer> {
  const declared = Number(res.headers['content-length']);
  const tooLarge = () => new FetchArticleError('too_large', `the page is larger than ${Math.round(maxBytes / 1e6)} MB; paste the article text instead`);
  if (Number.isFinite(declared) && declared > maxBytes) {
    res.destroy();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  const stream = decompressed(res);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) throw tooLarge();
      chunks.push(chunk);
    }
  } catch (error) {
    res.destroy();
    throw refusalOf(error, deadline, url);
  }
  return Buffer.concat(chunks);
}

const HTML_TYPE = /^\s*(text\/html|application\/xhtml\+xml)\s*(;|$)/i;

/** The charset from the Content-Type header, else a <meta> in the first 2 KB, else UTF-8. */
export function decodeHtml(body: Buffer, contentType: string | undefined): string {
  const fromHeader = contentType?.match(/charset\s*=\s*"?([\w.:-]+)/i)?.[1];
  const head = body.subarray(0, 2048).toString('latin1');
  const fromMeta = head.match(/<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i)?.[1];
  for (const label of [fromHeader, fromMeta, 'utf-8']) {
    if (!label) continue;
    try {
      return new TextDecoder(label).decode(body);
    } catch {
      // An unknown label: try the next source.
    }
  }
  return body.toString('utf8');
}

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
      const res = await request(url, addresses, deadline, opts);
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
