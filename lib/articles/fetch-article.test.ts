import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeHtml, fetchArticle, FetchArticleError, type FetchArticleOptions } from './fetch-article';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/link-import/${name}`, import.meta.url));
const arabic = fixture('arabic-news.html');

/** windows-1256, the legacy Arabic code page many Arabic news sites still serve. */
function encode1256(text: string): Buffer {
  const decoder = new TextDecoder('windows-1256');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  return Buffer.from([...text].map((c) => table.get(c) ?? 0x3f));
}

const hosts: string[] = [];
const server = http.createServer((req, res) => {
  hosts.push(req.headers.host ?? '');
  const path = req.url ?? '/';
  const html = (body: Buffer | string, type = 'text/html; charset=utf-8') => res.writeHead(200, { 'content-type': type }).end(body);
  switch (path) {
    case '/article':
      return html(arabic);
    case '/gzip':
      return res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(zlib.gzipSync(arabic));
    case '/cp1256':
      return html(encode1256('<html lang="ar"><head><title>خبر</title></head><body><p>قتل 5 مدنيين في القصف.</p></body></html>'), 'text/html; charset=windows-1256');
    case '/redirect':
      return res.writeHead(302, { location: '/article' }).end();
    case '/loop':
      return res.writeHead(301, { location: '/loop' }).end();
    case '/to-private':
      return res.writeHead(307, { location: 'http://10.0.0.1/admin' }).end();
    case '/to-file':
      return res.writeHead(302, { location: 'file:///etc/passwd' }).end();
    case '/big-declared':
      return res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50_000_000) }).end('<p>x</p>');
    case '/big-streamed': {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const push = () => {
        while (sent < 10_000_000) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', push);
        }
        res.end();
      };
      return push();
    }
    case '/bomb':
      // 10 MB of zeros compresses to about 10 KB.
      return res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(zlib.gzipSync(Buffer.alloc(10_000_000)));
    case '/slow':
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><body><p>');
      return void setTimeout(() => res.end('late</p></body></html>'), 2_000).unref();
    case '/hang':
      return; // never answers
    case '/pdf':
      return res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4');
    case '/missing':
      return res.writeHead(404, 'Not Found').end('no');
    case '/empty':
      return html('<html><body><nav></nav></body></html>');
    default:
      return res.writeHead(500).end();
  }
});

let base = '';
let port = 0;
const local: FetchArticleOptions = { allowAddresses: ['127.0.0.1'], totalTimeoutMs: 5_000 };

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

async function refusal(promise: Promise<unknown>): Promise<FetchArticleError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(FetchArticleError);
    return error as FetchArticleError;
  }
  throw new Error('expected a refusal');
}

describe('fetchArticle from a local server', () => {
  it('fetches and extracts a fixture page', async () => {
    const a = await fetchArticle(`${base}/article#section`, local);
    expect(a.title).toBe('هدنة هشة في الجنوب');
    expect(a.outlet).toBe('أخبار المثال');
    expect(a.publishedDate).toBe('2023-09-22');
    expect(a.canonicalUrl).toBe(`${base}/ar/2023/09/22/truce`);
    expect(a.finalUrl).toBe(`${base}/article`);
    expect(a.text).toContain('ما لا يقل عن 120 مدنيًا');
  });

  it('follows a redirect and decompresses gzip', async () => {
    expect((await fetchArticle(`${base}/redirect`, local)).finalUrl).toBe(`${base}/article`);
    expect((await fetchArticle(`${base}/gzip`, local)).text).toContain('37 شاحنة');
  });

  it('decodes a windows-1256 page by its declared charset', async () => {
    const a = await fetchArticle(`${base}/cp1256`, local);
    expect(a.title).toBe('خبر');
    expect(a.text).toBe('قتل 5 مدنيين في القصف.');
  });

  it('connects to the address it checked, sending the name the editor gave', async () => {
    let lookups = 0;
    const a = await fetchArticle(`http://news.test:${port}/article`, {
      ...local,
      resolve: async () => {
        lookups++;
        // A rebinding resolver would answer differently the second time; it is never asked.
        return lookups === 1 ? [{ address: '127.0.0.1', family: 4 }] : [{ address: '10.0.0.1', family: 4 }];
      },
    });
    expect(a.title).toBe('هدنة هشة في الجنوب');
    expect(lookups).toBe(1);
    expect(hosts.at(-1)).toBe(`news.test:${port}`);
  });
});

describe('fetchArticle over TLS', () => {
  // A self-signed certificate for news.test only (fixtures/link-import/test-tls.*, 100 years).
  const tls = { key: fixture('test-tls.key'), cert: fixture('test-tls.crt') };
  const secure = https.createServer(tls, (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(arabic));
  let securePort = 0;
  beforeAll(async () => {
    await new Promise<void>((resolve) => secure.listen(0, '127.0.0.1', resolve));
    securePort = (secure.address() as AddressInfo).port;
  });
  afterAll(() => {
    secure.closeAllConnections();
    secure.close();
  });
  const pinned = { ...local, ca: tls.cert, resolve: async () => [{ address: '127.0.0.1', family: 4 }] };

  it('connects to the checked address and still verifies the certificate for the host name', async () => {
    const a = await fetchArticle(`https://news.test:${securePort}/article`, pinned);
    expect(a.outlet).toBe('أخبار المثال');
  });

  it('refuses a certificate that is not for the host name', async () => {
    const e = await refusal(fetchArticle(`https://other.test:${securePort}/article`, pinned));
    expect(e.reason).toBe('network');
    expect(e.message).toMatch(/other\.test.*could not be read \(ERR_TLS_CERT_ALTNAME_INVALID\)/);
  });
});

describe('fetchArticle refusals', () => {
  it('refuses schemes other than http and https', async () => {
    for (const url of ['file:///etc/passwd', 'ftp://example.com/a.html', 'javascript:alert(1)', 'data:text/html,<p>x</p>', 'gopher://x']) {
      const e = await refusal(fetchArticle(url));
      expect(e.reason).toBe('scheme');
      expect(e.status).toBe(400);
      expect(e.message).toMatch(/^url: only http:\/\/ and https:\/\//);
    }
    expect((await refusal(fetchArticle('not a url'))).reason).toBe('invalid_url');
    expect((await refusal(fetchArticle('http://user:pw@example.com/'))).reason).toBe('credentials');
  });

  it('refuses loopback, private, link-local and IPv4-mapped addresses without the allow-list', async () => {
    for (const url of [
      `${base}/article`,
      'http://localhost/',
      'http://[::1]/',
      'http://[::ffff:127.0.0.1]/',
      'http://169.254.169.254/latest/meta-data/',
      'http://10.0.0.1/',
      'http://0.0.0.0/',
      'http://2130706433/', // 127.0.0.1 as one number
      'http://0x7f.1/',
    ]) {
      const e = await refusal(fetchArticle(url, { resolve: async () => [{ address: '127.0.0.1', family: 4 }] }));
      expect(e.reason, url).toBe('private_address');
      expect(e.message).toMatch(/only pages on the public internet can be imported/);
    }
  });

  it('refuses a host when any of its addresses is private', async () => {
    const e = await refusal(
      fetchArticle('http://mixed.test/', {
        resolve: async () => [
          { address: '93.184.216.34', family: 4 },
          { address: '192.168.0.10', family: 4 },
        ],
      }),
    );
    expect(e.reason).toBe('private_address');
    expect(e.message).toContain('192.168.0.10');
  });

  it('says so when the host does not resolve', async () => {
    const e = await refusal(fetchArticle('http://nowhere.test/', { resolve: async () => Promise.reject(new Error('ENOTFOUND')) }));
    expect(e.reason).toBe('dns');
  });

  it('checks every redirect target again, and limits redirects', async () => {
    expect((await refusal(fetchArticle(`${base}/to-private`, local))).reason).toBe('private_address');
    expect((await refusal(fetchArticle(`${base}/to-file`, local))).reason).toBe('scheme');
    const loop = await refusal(fetchArticle(`${base}/loop`, { ...local, maxRedirects: 3 }));
    expect(loop.reason).toBe('too_many_redirects');
    expect(loop.message).toContain('more than 3 times');
  });

  it('refuses oversized pages, declared or streamed, and compression bombs', async () => {
    const opts = { ...local, maxBytes: 1_000_000 };
    for (const path of ['/big-declared', '/big-streamed', '/bomb']) {
      const e = await refusal(fetchArticle(`${base}${path}`, opts));
      expect(e.reason, path).toBe('too_large');
      expect(e.message).toMatch(/larger than 1 MB; paste the article text instead/);
    }
  });

  it('gives up on slow and silent servers at the total timeout', async () => {
    for (const path of ['/slow', '/hang']) {
      const started = Date.now();
      const e = await refusal(fetchArticle(`${base}${path}`, { ...local, totalTimeoutMs: 300 }));
      expect(e.reason, path).toBe('timeout');
      expect(Date.now() - started).toBeLessThan(1_500);
    }
  });

  it('reads only HTML, and reports error statuses and empty pages', async () => {
    const pdf = await refusal(fetchArticle(`${base}/pdf`, local));
    expect(pdf.reason).toBe('not_html');
    expect(pdf.message).toContain('application/pdf');
    const missing = await refusal(fetchArticle(`${base}/missing`, local));
    expect(missing.reason).toBe('http_status');
    expect(missing.message).toContain('404 Not Found');
    expect((await refusal(fetchArticle(`${base}/empty`, local))).reason).toBe('no_text');
  });
});

describe('decodeHtml', () => {
  it('prefers the header charset, then a meta charset, then UTF-8', () => {
    const bytes = encode1256('<meta charset="windows-1256"><p>سلام</p>');
    expect(decodeHtml(bytes, 'text/html')).toContain('سلام');
    expect(decodeHtml(Buffer.from('<p>سلام</p>'), 'text/html; charset=bogus')).toBe('<p>سلام</p>');
  });
});
