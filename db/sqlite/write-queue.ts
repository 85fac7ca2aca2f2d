import type Database from 'better-sqlite3';

/**
 * Runs async transactions on one better-sqlite3 connection, one after another. drizzle's own
 * better-sqlite3 transaction is synchronous and does not roll back when an async callback
 * rejects, so this takes the write lock with BEGIN IMMEDIATE (no other process can write in
 * between and turn the read-then-write into a deadlock), commits when the callback resolves
 * and rolls back when it throws. The queue keeps a second transaction of this process from
 * starting on the same connection while the first is still awaiting.
 */
export function createWriteQueue(connection: Database.Database) {
  let tail: Promise<unknown> = Promise.resolve();

  async function inTransaction<T>(fn: () => Promise<T>): Promise<T> {
    connection.exec('BEGIN IMMEDIATE');
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
