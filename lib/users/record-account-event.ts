import type { Db, Tx } from '@/db/client';
import { accountEvents } from '@/db/schema';
import { appendRecord } from '@/db/chain/append';
import type { AccountEventKind, Role, TokenScope } from '@/lib/vocabulary';

export interface AccountEventPayloads {
  account_created: { role: Role; email: string };
  role_changed: { from: Role; to: Role };
  password_changed: Record<string, never>;
  account_disabled: Record<string, never>;
  account_enabled: Record<string, never>;
  /** Every session ended at once (sign out everywhere); `ended` counts them. */
  sessions_revoked: { ended: number };
  token_created: { tokenId: number; name: string; scope: TokenScope };
  token_revoked: { tokenId: number; name: string };
}

/** Appends one account history row; call it inside the transaction that makes the change. */
export async function recordAccountEvent<K extends AccountEventKind>(
  tx: Db | Tx,
  event: { kind: K; userId: number; actorId: number | null; payload: AccountEventPayloads[K]; at: Date },
): Promise<void> {
  // appendRecord links the row into the tamper-evident history chain (db/chain).
  await appendRecord(tx, accountEvents, { kind: event.kind, userId: event.userId, actorId: event.actorId, payload: event.payload, createdAt: event.at });
}
