import 'server-only';
import { getDb } from '@/db';
import type { Db } from '@/db/client';
import { getActor, type SessionActor } from '@/lib/auth/session';
import { DomainError } from '@/lib/errors';

export function errorResponse(error: unknown): Response {
  if (error instanceof DomainError) {
    return Response.json(
      { error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) } },
      { status: error.status },
    );
  }
  console.error(error);
  return Response.json({ error: { code: 'internal', message: 'Something went wrong; nothing was changed.' } }, { status: 500 });
}

/** The request body as a JSON object, or a 400 that says what is wrong with it. */
export async function readJsonObject(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (!text.trim()) return {};
  // A JSON content type cannot be sent cross-site without a CORS preflight, which this API
  // never grants: a forged form post cannot act with a reviewer's cookie.
  if (!/^application\/(.+\+)?json\b/i.test(request.headers.get('content-type') ?? '')) {
    throw new DomainError('invalid_input', 'body: send JSON with the header Content-Type: application/json');
  }
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

interface Context<P> {
  request: Request;
  params: P;
  actor: SessionActor | null;
  db: Db;
}

/**
 * Wraps a JSON API route: resolves who is asking and the params, runs the handler (which
 * calls a use case that checks the role), and maps domain errors to `{error: {code, message}}`.
 */
export function apiRoute<P = Record<string, never>>(handler: (ctx: Context<P>) => unknown | Promise<unknown>) {
  return async (request: Request, { params }: { params: Promise<P> }): Promise<Response> => {
    try {
      const [actor, resolved] = await Promise.all([getActor(), params]);
      const result = await handler({ request, params: resolved, actor, db: getDb() });
      return result instanceof Response ? result : Response.json(result);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
