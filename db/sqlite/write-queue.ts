import type Database from 'better-sqlite3';

/** How long a transaction waits for another process to release the write lock: the busy_timeout of db/sqlite/open.ts. */
const LOCK_WAIT_MS = 5000;

/**
 * Runs async transactions on one better-sqlite3 connection, one after another. drizzle's own
 * better-sqlite3 transaction is synchronous and does not roll back when an async callback
 * rejects, so this takes the write lock with BEGIN IMMEDIATE (no other process can write in
 * between and turn the read-then-write into a deadlock), commits when the callback resolves
 * and rolls back when it throws. The queue keeps a second transaction of this process from
 * starting on the same connection while the first is still awaiting.
 *
 * When another process holds the write lock (several server processes on one file), SQLite's
 * busy handler would sleep inside BEGIN, freezing this process's event loop and every request
 * it is serving; the lock is instead tried without waiting and retried on a timer, so reads
 * and other requests go on meanwhile. Once BEGIN IMMEDIATE succeeds, nothing inside a WAL
 * transaction waits for another writer.
 */
export function createWriteQueue(connection: Database.Database, lockWaitMs = LOCK_WAIT_MS) {
  let tail: Promise<unknown> = Promise.resolve();

  async function begin(): Promise<void> {
    const deadline = Date.now() + lockWaitMs;
    for (let attempt = 0; ; attempt++) {
      // Only this statement must not sleep: the connection's own busy_timeout (db/sqlite/open.ts)
      // stays for everything else, such as the migrations at start-up.
      connection.exec('PRAGMA busy_timeout = 0');
      try {
        connection.exec('BEGIN IMMEDIATE');
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() >= deadline) throw error;
      } finally {
        connection.exec(`PRAGMA busy_timeout = ${lockWaitMs}`);
      }
      // Soon at first (the other process's transaction is usually a millisecond long), then
      // backing off a little so a long one is not polled hard.
      await new Promise((resolve) => setTimeout(resolve, Math.min(1 + attempt, 10)));
    }
  }

  async function inTransaction<T>(fn: () => Promise<T>): Promise<T> {
    await begin();
    try {
      const result = await fn();
      connection.exec('COMMIT');
      return result;
    } catch (error) {
      if (connection.inTransaction) connection.exec('ROLLBACK');
      throw error;
    }
  }

  return {
    run<T>(fn: () => Promise<T>): Promise<T> {
      const next = tail.then(() => inTransaction(fn));
      tail = next.catch(() => undefined);
      return next;
    },
  };
}
