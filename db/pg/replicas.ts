import pg from 'pg';

/**
 * The read replicas (DATABASE_REPLICA_URLS, comma-separated postgres URLs) behind one pool-like
 * object that drizzle queries through: each query goes to the next replica in turn; a replica
 * that fails to connect is set aside for a while and the query runs on the primary instead, so
 * a replica going down costs no page. Only plain queries come here: a transaction (and every
 * write) is the primary's, see db/client.ts.
 */
export function replicaUrls(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.DATABASE_REPLICA_URLS ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);
}

/** How long a replica that failed is skipped before it is tried again. */
const DOWN_MS = 5_000;

/** Errors that say the server is not there (refused, reset, shut down, not accepting), not that the query is wrong. */
function unreachable(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  if (e?.code && ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE'].includes(e.code)) return true;
  // 57P01-57P03: admin shutdown, crash shutdown, cannot connect now; 08xxx: connection exceptions.
  if (e?.code && (/^57P0[1-3]$/.test(e.code) || /^08/.test(e.code))) return true;
  return /Connection terminated|connection timeout|terminating connection/i.test(e?.message ?? '');
}

type Query = pg.Pool['query'];

export function replicaPool(primary: pg.Pool, urls: string[]): { pool: pg.Pool; close: () => Promise<void> } {
  const replicas = urls.map((url) => {
    const pool = new pg.Pool({
      connectionString: url,
      max: Number(process.env.DATABASE_POOL_SIZE) || 10,
      // A replica that does not answer must fail fast: the primary is the fallback.
      connectionTimeoutMillis: 2_000,
      application_name: 'isnad-reader',
    });
    pool.on('error', (error) => console.error('[db] idle replica client failed:', error.message));
    return { pool, downUntil: 0 };
  });
  let next = 0;
  const router = Object.create(primary) as pg.Pool;
  const query = (async (...args: Parameters<Query>) => {
    for (let tried = 0; tried < replicas.length; tried++) {
      const replica = replicas[next++ % replicas.length];
      if (replica.downUntil > Date.now()) continue;
      try {
        return await (replica.pool.query as (...a: unknown[]) => Promise<unknown>)(...args);
      } catch (error) {
        if (!unreachable(error)) throw error;
        replica.downUntil = Date.now() + DOWN_MS;
        console.error('[db] replica unreachable, reading from the primary:', (error as Error).message);
      }
    }
    return (primary.query as (...a: unknown[]) => Promise<unknown>)(...args);
  }) as unknown as Query;
  // drizzle calls query() on the pool for a plain statement; connect() is only for transactions,
  // which the reader hands to the primary, so it stays the primary's.
  Object.defineProperty(router, 'query', { value: query });
  return { pool: router, close: async () => void (await Promise.all(replicas.map((r) => r.pool.end()))) };
}
