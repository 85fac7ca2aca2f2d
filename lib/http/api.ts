import 'server-only';
import { z } from 'zod';
import { getDb } from '@/db';
import type { Db } from '@/db/client';
import { getActor, type SessionActor } from '@/lib/auth/session';
import { config } from '@/lib/config';
import { claimIdSchema } from '@/lib/claims/inputs';
import { DomainError, parseInput, RateLimited } from '@/lib/errors';
import { countRequest } from '@/lib/limits/rate-limit';
import { actorOfToken } from '@/lib/tokens/token-actor';
import { PublicationRefused } from '@/lib/desk/publication-rules';
import { readBodyText } from './body';
import { clientAddress } from './client-address';
import { assertBrowserSafe, authMethodOf, bearerSecret, isMutating, type AuthMethod } from './csrf';

export function errorResponse(error: unknown): Response {
  // A refused publication answers with every unmet rule: {error: {code: 'publish_rules', message, unmet}}.
  if (error instanceof PublicationRefused) return Response.json(error.toResponseBody(), { status: error.status });
  if (error instanceof DomainError) {
    return Response.json(
      { error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) } },
      { status: error.status, headers: error instanceof RateLimited ? { 'Retry-After': String(error.retryAfterSeconds) } : undefined },
    );
  }
  console.error(error);
  return Response.json({ error: { code: 'internal', message: 'Something went wrong; nothing was changed.' } }, { status: 500 });
}

/** The request body as a JSON object (at most `limit` bytes), or a 400/413 that says what is wrong. */
export async function readJsonObject(request: Request, limit = config.bodyLimit): Promise<Record<string, unknown>> {
  const text = await readBodyText(request, limit);
  if (!text.trim()) return {};
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new DomainError('invalid_input', 'body: is not valid JSON');
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new DomainError('invalid_input', 'body: must be a JSON object');
  }
  return body as Record<string, unknown>;
}

/** The claim id of a path such as /api/v1/claims/{id}: digits only, else a 400 naming `id`. */
export function claimIdParam(id: string): number {
  return parseInput(z.object({ id: claimIdSchema }), { id }).id;
}

interface Context<P> {
  request: Request;
  params: P;
  actor: SessionActor | null;
  db: Db;
  /** The JSON body of a POST/PUT/PATCH/DELETE, read within the route's limit; `{}` for a GET. */
  body: Record<string, unknown>;
}

export interface RouteOptions {
  /** Bytes the body may have; default ISNAD_BODY_LIMIT (1 MB). */
  bodyLimit?: number;
}

/**
 * Who is calling: the owner of a bearer token (401 when the token is unknown, revoked or its
 * owner disabled), else the cookie's session user or nobody. Each request counts against the
 * token's rate limit, or the address's without one (429 with Retry-After beyond it).
 */
async function callerOf(db: Db, request: Request, via: AuthMethod): Promise<SessionActor | null> {
  const limits = config.rateLimits;
  if (via === 'token') {
    const secret = bearerSecret(request);
    const actor = secret ? await actorOfToken(db, secret) : null;
    if (!actor) throw new DomainError('unauthorized', 'This API token is unknown or revoked, or its owner is disabled.');
    if (limits.enabled) await countRequest(db, `token:${actor.tokenId}`, limits.perToken, limits.windowMs);
    return actor;
  }
  if (limits.enabled) await countRequest(db, `address:${clientAddress(request.headers)}`, limits.perAddress, limits.windowMs);
  return getActor();
}

/**
 * Wraps a JSON API route. For a state change, in this order and before a byte of the body is
 * read: same origin (403) and JSON content type (415) for a cookie, then a known caller within
 * its rate limit (401, 429), a token allowed to write (403), then the body within its limit
 * (413) and as a JSON object (400). The handler calls a use case that checks the role; domain
 * errors become `{error: {code, message}}`.
 */
export function apiRoute<P = Record<string, never>>(
  handler: (ctx: Context<P>) => unknown | Promise<unknown>,
  options: RouteOptions = {},
) {
  return async (request: Request, { params }: { params: Promise<P> }): Promise<Response> => {
    try {
      const via = authMethodOf(request);
      assertBrowserSafe(request, via);
      const db = getDb();
      const [actor, resolved] = await Promise.all([callerOf(db, request, via), params]);
      let body: Record<string, unknown> = {};
      if (isMutating(request.method)) {
        // Every change needs a user: an anonymous caller learns so without sending its body.
        if (!actor) throw new DomainError('unauthorized', 'Sign in to do this.');
        if (actor.tokenScope === 'read') throw new DomainError('forbidden', 'This API token is read-only: it may not change anything.');
        body = await readJsonObject(request, options.bodyLimit ?? config.bodyLimit);
      }
      const result = await handler({ request, params: resolved, actor, db, body });
      return result instanceof Response ? result : Response.json(result);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
