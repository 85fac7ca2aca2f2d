import type http from 'node:http';
import { config } from '@/lib/config';
import { isHttps } from './request-origin';
import { HSTS } from './security-headers';
import { answerBeforeNext } from './server-hooks';

/**
 * The bearer-token API without Next's request pipeline.
 *
 * A token-authenticated write spends about 4 ms of server CPU, of which our code (token
 * lookup, validation, the transaction) is under 1.3 ms: the rest is Next routing the request,
 * running proxy.ts, wrapping it in its own Request, async contexts and streams. A route
 * handler that only reads one row costs 2.7 ms of CPU against 1.1 ms for a static file
 * (autocannon, same build). So the routes listed in app/api/v1/direct-routes.ts are served
 * here, straight from the Node server, when the request carries `Authorization`:
 *
 * - the SAME exported route handler runs (apiRoute: token, rate limit, read-only scope, body
 *   limit, zod, the use case's own authorization and transaction), only Next's router and
 *   proxy are skipped;
 * - what proxy.ts and next.config.js add on /api is added here too: X-Forwarded-Host/-Proto
 *   overwritten unless ISNAD_TRUST_PROXY, HSTS over HTTPS, the three fixed headers, and the
 *   peer address stamp of server-hooks.ts;
 * - a cookie request (the desk in a browser) still goes through Next: its session is read
 *   through next-auth, which needs Next's request context, and its CSRF checks with it.
 *
 * ISNAD_DIRECT_API=off turns this off (every request through Next, as before).
 */

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export interface DirectRoute {
  /** The path, anchored; each capture group is one param, named in `params` in order. */
  pattern: RegExp;
  params: readonly string[];
  /** The route module (its exported handlers by method), loaded once at start. */
  load: () => Promise<Partial<Record<string, unknown>>>;
}

export interface LoadedRoute {
  pattern: RegExp;
  params: readonly string[];
  handlers: Partial<Record<string, unknown>>;
}

/** next.config.js `headers()` for every path: a unit test keeps the two lists equal. */
export const FIXED_HEADERS: Readonly<Record<string, string>> = {
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

export interface DirectMatch {
  handler: Handler;
  params: Record<string, string>;
}

/**
 * The direct handler for this request, or null for Next to serve it: only a request carrying
 * `Authorization`, on a listed path (no trailing slash, params that decode as URI
 * components), with a method its route module exports (else Next answers, with its 405).
 */
export function matchDirect(routes: readonly LoadedRoute[], method: string | undefined, url: string | undefined, authorization: unknown): DirectMatch | null {
  if (typeof authorization !== 'string' || !method || !url || !url.startsWith('/api/v1/')) return null;
  if (method !== 'GET' && method !== 'POST' && method !== 'PATCH' && method !== 'PUT' && method !== 'DELETE') return null;
  const query = url.indexOf('?');
  const pathname = query === -1 ? url : url.slice(0, query);
  for (const route of routes) {
    const m = route.pattern.exec(pathname);
    if (!m) continue;
    const handler = route.handlers[method];
    if (typeof handler !== 'function') return null;
    const params: Record<string, string> = {};
    try {
      route.params.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1])));
    } catch {
      return null;
    }
    return { handler: handler as Handler, params };
  }
  return null;
}

/**
 * The Node request's body as a web stream that reads one chunk each time the reader asks:
 * nothing is read before the handler reads (after authentication, within the body limit;
 * Readable.toWeb read ahead, and cost more CPU per request in a micro-benchmark of the
 * direct path). A cancel (the body is over its limit) destroys the request, as toWeb's does;
 * a connection closed before the body ended errors the stream.
 */
export function lazyBody(request: http.IncomingMessage): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        return new Promise<void>((resolve, reject) => {
          const done = () => {
            request.off('readable', take);
            request.off('end', end);
            request.off('error', failed);
            request.off('close', closed);
          };
          function take(): boolean {
            const chunk = request.read() as Buffer | null;
            if (chunk !== null) {
              done();
              controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
              resolve();
              return true;
            }
            if (request.readableEnded) {
              end();
              return true;
            }
            return false;
          }
          function end() {
            done();
            controller.close();
            resolve();
          }
          function failed(error: Error) {
            done();
            reject(error);
          }
          function closed() {
            if (!request.readableEnded) failed(new Error('aborted: the connection closed before the body ended'));
          }
          // Already cut off: no event would come.
          if (request.destroyed && !request.readableEnded) return failed(new Error('aborted: the connection closed before the body ended'));
          if (take()) return;
          request.on('readable', take);
          request.on('end', end);
          request.on('error', failed);
          request.on('close', closed);
        });
      },
      cancel() {
        request.destroy();
      },
    },
    // No chunk read ahead: the first pull comes from the handler's first read.
    { highWaterMark: 0 },
  );
}

function webRequest(request: http.IncomingMessage): Request {
  // From the parsed headers, not rawHeaders: stamp() has replaced the peer-address header there.
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) for (const v of value) headers.append(name, v);
  }
  const encrypted = (request.socket as { encrypted?: boolean }).encrypted === true;
  const protocol = encrypted ? 'https' : 'http';
  // The same overwrite as proxy.ts: without a trusted proxy the client does not pick the host.
  if (!config.trustProxy) {
    headers.set('x-forwarded-host', headers.get('host') ?? 'localhost');
    headers.set('x-forwarded-proto', protocol);
  }
  const url = new URL(request.url!, `${protocol}://${headers.get('host') || 'localhost'}`);
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  return new Request(url, {
    method: request.method,
    headers,
    body: hasBody ? lazyBody(request) : undefined,
    duplex: 'half',
  } as RequestInit);
}

async function serve(match: DirectMatch, request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
  let answer: Response;
  try {
    const web = webRequest(request);
    answer = await match.handler(web, { params: Promise.resolve(match.params) });
    // proxy.ts's rule: HSTS when the public origin (configured, or trusted forwarded) is https.
    if (isHttps(web.headers, config, new URL(web.url).protocol)) answer.headers.set('Strict-Transport-Security', HSTS);
  } catch (error) {
    // apiRoute answers every error itself; this is a fault of this file, not of the request.
    console.error(error);
    answer = Response.json({ error: { code: 'internal', message: 'Something went wrong; nothing was changed.' } }, { status: 500 });
  }
  const body = Buffer.from(await answer.arrayBuffer());
  if (response.destroyed) return;
  response.statusCode = answer.status;
  for (const [name, value] of Object.entries(FIXED_HEADERS)) response.setHeader(name, value);
  answer.headers.forEach((value, name) => {
    if (name !== 'set-cookie') response.setHeader(name, value);
  });
  const cookies = answer.headers.getSetCookie();
  if (cookies.length) response.setHeader('set-cookie', cookies);
  response.setHeader('content-length', body.byteLength);
  // A body the handler did not read to the end (a 401, a 413 on its declared length) is not
  // read here either: the connection closes after this answer, so the rest of it can never
  // be taken for the next request on a kept-alive socket.
  if (!request.complete) response.setHeader('connection', 'close');
  response.end(body);
}

let installed = false;

/**
 * Serves the direct routes ahead of Next (which still gets every other request) through the
 * process's one server hook (server-hooks.ts: its method check and peer-address stamp run
 * first). Called once from instrumentation.ts; the route modules are loaded first, so the
 * first request pays no import.
 */
export async function installDirectApi(table: readonly DirectRoute[]): Promise<void> {
  if (installed || process.env.ISNAD_DIRECT_API === 'off') return;
  installed = true;
  const routes: LoadedRoute[] = await Promise.all(table.map(async (r) => ({ pattern: r.pattern, params: r.params, handlers: await r.load() })));
  answerBeforeNext((request, response) => {
    const match = matchDirect(routes, request.method, request.url, request.headers.authorization);
    if (!match) return false;
    void serve(match, request, response).catch((error) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
      response.end();
    });
    return true;
  });
}
