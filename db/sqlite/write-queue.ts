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
 *
 * Group commit: the transactions that queued up while the lock was being taken (or while the
 * one before them ran) run under ONE BEGIN IMMEDIATE … COMMIT, each inside its own SAVEPOINT:
 * one that throws is rolled back to its savepoint alone, the others stay. Nothing is
 * acknowledged before the COMMIT: every caller's promise settles only after it, so a SIGKILL
 * before the COMMIT loses only writes nobody was told about. With several server processes
 * on one file this takes the lock once per group instead of once per write (each hand-over
 * costs a timer tick in the waiting process); with one process a group is almost always a
 * single transaction, since a transaction's awaits on better-sqlite3 are microtasks only.
 */
/** At most this many transactions share one COMMIT, so no caller's acknowledgement waits long. */
const MAX_GROUP = 64;

interface Pending {
  fn: () => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export function createWriteQueue(connection: Database.Database, lockWaitMs = LOCK_WAIT_MS) {
  const pending: Pending[] = [];
  let draining = false;

  async function begin(): Promise<void> {
    const deadline = Date.now() + lockWaitMs;
    // Only this statement must not sleep: the connection's own busy_timeout (db/sqlite/open.ts)
    // stays for everything else, such as the migrations at start-up.
    connection.exec('PRAGMA busy_timeout = 0');
    try {
      for (let attempt = 0; ; attempt++) {
        try {
          connection.exec('BEGIN IMMEDIATE');
          return;
        } catch (error) {
          if ((error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() >= deadline) throw error;
        }
        // Soon at first (the other process's transaction is usually a millisecond long), then
        // backing off a little so a long one is not polled hard.
        await new Promise((resolve) => setTimeout(resolve, Math.min(1 + attempt, 10)));
      }
    } finally {
      connection.exec(`PRAGMA busy_timeout = ${lockWaitMs}`);
    }
  }

  /**
   * Takes the lock, then runs as one transaction every transaction queued by then (the ones
   * that arrived while it waited included); settles each caller after the COMMIT or its failure.
   */
  async function runGroup(): Promise<void> {
    try {
      await begin();
    } catch (error) {
      for (const item of pending.splice(0, MAX_GROUP)) item.reject(error);
      return;
    }
    const group = pending.splice(0, MAX_GROUP);
    const outcomes: { item: Pending; ok: boolean; value: unknown }[] = [];
    for (let i = 0; i < group.length; i++) {
      const item = group[i];
      connection.exec('SAVEPOINT write_queue_item');
      try {
        const value = await item.fn();
        connection.exec('RELEASE write_queue_item');
        outcomes.push({ item, ok: true, value });
      } catch (error) {
        outcomes.push({ item, ok: false, value: error });
        if (connection.inTransaction) {
          connection.exec('ROLLBACK TO write_queue_item');
          connection.exec('RELEASE write_queue_item');
        } else {
          // SQLite rolled the whole transaction back itself (an I/O error, a full disk): the
          // group's earlier writes are gone with it, so they fail too (none was acknowledged);
          // the ones not run yet go back to the front of the queue for a fresh transaction.
          for (const o of outcomes) o.item.reject(o.value instanceof Error && !o.ok ? o.value : error);
          pending.unshift(...group.slice(i + 1));
          return;
        }
      }
    }
    try {
      connection.exec('COMMIT');
    } catch (error) {
      if (connection.inTransaction) connection.exec('ROLLBACK');
      for (const { item } of outcomes) item.reject(error);
      return;
    }
    for (const { item, ok, value } of outcomes) (ok ? item.resolve : item.reject)(value);
  }

  async function drain(): Promise<void> {
    draining = true;
    try {
      while (pending.length) await runGroup();
    } finally {
      draining = false;
    }
  }

  return {
    run<T>(fn: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        pending.push({ fn, resolve: resolve as (value: unknown) => void, reject });
        if (!draining) void drain();
      });
    },
  };
}
