import cluster from 'node:cluster';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { executeRaw, type Db } from './client';

/** The PostgreSQL channel every server listens on for public cache tags to expire. */
export const PUBLIC_CACHE_CHANNEL = 'isnad_public_cache';

/** What goes over the channel: the tags, and which server sent them (it expired them itself). */
export interface PublicCacheMessage {
  from: string;
  tags: string[];
}

/** The IPC message a server process sends its siblings through the cluster primary. */
export const WORKER_RELAY = 'isnad:public-cache-expire';

/**
 * Tells every other server which public tags to expire. Called after the change committed (a
 * NOTIFY inside the transaction would wait for the commit too, but this keeps the use cases'
 * transactions free of it). On PostgreSQL every server process, however started, listens on
 * the channel. On SQLite the only other servers are the sibling processes of
 * `ISNAD_WORKERS=N` (node:cluster, scripts/lib/server.ts): the message goes to the cluster's
 * primary, which passes it to the others (`listenToSiblingWorkers`).
 */
export async function notifyPublicChange(db: Db, message: PublicCacheMessage): Promise<void> {
  if (!message.tags.length) return;
  if (db.engine !== 'pg') {
    if (cluster.isWorker && process.send) process.send({ type: WORKER_RELAY, ...message });
    return;
  }
  // A NOTIFY payload is at most 8000 bytes: a long list goes in several messages.
  for (let i = 0; i < message.tags.length; i += 100) {
    const payload = JSON.stringify({ ...message, tags: message.tags.slice(i, i + 100) });
    await executeRaw(db, sql`SELECT pg_notify(${PUBLIC_CACHE_CHANNEL}, ${payload})`);
  }
}

/**
 * In a cluster worker on SQLite: runs `onMessage` for the tags a sibling process expired
 * (relayed by the primary, scripts/lib/server.ts). A no-op outside a cluster.
 */
export function listenToSiblingWorkers(onMessage: (message: PublicCacheMessage) => void): void {
  if (!cluster.isWorker) return;
  process.on('message', (message: unknown) => {
    const m = message as ({ type?: unknown } & Partial<PublicCacheMessage>) | null;
    if (m?.type === WORKER_RELAY && typeof m.from === 'string' && Array.isArray(m.tags)) onMessage({ from: m.from, tags: m.tags });
  });
}

/**
 * One dedicated connection that LISTENs on the channel for as long as the server runs, and
 * reconnects (after 0.5 s, then up to 10 s) when it drops: a restart or failover of the
 * database must not leave this server serving pages others have changed. `onReconnect` runs
 * after a reconnection, when messages may have been missed.
 */
export function listenForPublicChanges(
  url: string,
  onMessage: (message: PublicCacheMessage) => void,
  onReconnect: () => void,
): { stop(): Promise<void> } {
  let client: pg.Client | null = null;
  let stopped = false;
  let delay = 500;
  let connectedBefore = false;
  const connect = async () => {
    if (stopped) return;
    const c = new pg.Client({ connectionString: url, application_name: 'isnad-public-cache' });
    client = c;
    const retry = () => {
      if (stopped || client !== c) return;
      client = null;
      c.removeAllListeners();
      c.end().catch(() => undefined);
      setTimeout(connect, delay).unref();
      delay = Math.min(delay * 2, 10_000);
    };
    c.on('error', (error) => {
      console.warn(`[public-cache] listener connection lost: ${error.message}; reconnecting`);
      retry();
    });
    c.on('end', retry);
    c.on('notification', (n) => {
      if (n.channel !== PUBLIC_CACHE_CHANNEL || !n.payload) return;
      try {
        const message = JSON.parse(n.payload) as PublicCacheMessage;
        if (Array.isArray(message.tags)) onMessage(message);
      } catch {
        console.warn('[public-cache] ignored a malformed notification');
      }
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${PUBLIC_CACHE_CHANNEL}`);
      delay = 500;
      if (connectedBefore) onReconnect();
      connectedBefore = true;
    } catch (error) {
      console.warn(`[public-cache] cannot listen: ${(error as Error).message}; retrying`);
      retry();
    }
  };
  void connect();
  return {
    async stop() {
      stopped = true;
      await client?.end().catch(() => undefined);
    },
  };
}
