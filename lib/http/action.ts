import 'server-only';
import { refresh } from 'next/cache';
import { getDb } from '@/db';
import type { Db } from '@/db/client';
import { getActor, type SessionActor } from '@/lib/auth/session';
import { DomainError } from '@/lib/errors';
import type { ActionResult } from './action-result';

/**
 * The one shape every server action takes: who is asking, then the use case (which checks
 * the role and parses the input with zod), then a result `useActionState` can show.
 */
export async function runAction<T>(fn: (db: Db, actor: SessionActor | null) => Promise<T> | T): Promise<ActionResult<T>> {
  try {
    const actor = await getActor();
    return { ok: true, data: await fn(getDb(), actor) };
  } catch (error) {
    if (error instanceof DomainError) {
      return { ok: false, code: error.code, message: error.message, fields: error.fields };
    }
    console.error(error);
    return { ok: false, code: 'unknown', message: 'Something went wrong; nothing was saved.' };
  }
}

/** A server action that changes data: on success the page re-renders with the new state. */
export async function runMutation<T>(fn: (db: Db, actor: SessionActor | null) => Promise<T> | T): Promise<ActionResult<T>> {
  const result = await runAction(fn);
  if (result.ok) refresh();
  return result;
}
