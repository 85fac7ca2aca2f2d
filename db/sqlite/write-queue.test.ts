import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createWriteQueue } from './write-queue';

const cleanup: Array<() => void> = [];
afterEach(() => {
  for (const fn of cleanup.splice(0)) fn();
});

function setUp() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-queue-'));
  const connection = new Database(path.join(dir, 'q.db'));
  connection.pragma('journal_mode = WAL');
  connection.exec('CREATE TABLE t (n INTEGER)');
  cleanup.push(() => {
    connection.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const count = () => (connection.prepare('SELECT count(*) AS n FROM t').get() as { n: number }).n;
  return { connection, queue: createWriteQueue(connection), count };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('the SQLite write queue', () => {
  it('rolls back everything an async transaction wrote when it throws after an await', async () => {
    const { connection, queue, count } = setUp();
    await expect(
      queue.run(async () => {
        connection.exec('INSERT INTO t VALUES (1)');
        await tick();
        connection.exec('INSERT INTO t VALUES (2)');
        throw new Error('history write failed');
      }),
    ).rejects.toThrow('history write failed');
    expect(count()).toBe(0);
    expect(connection.inTransaction).toBe(false);
  });

  it('runs concurrent transactions one after another, never interleaved', async () => {
    const { connection, queue, count } = setUp();
    const log: string[] = [];
    const work = (name: string) =>
      queue.run(async () => {
        log.push(`${name} begins`);
        connection.exec('INSERT INTO t VALUES (1)');
        await tick();
        log.push(`${name} ends`);
        return name;
      });
    const failing = queue.run(async () => {
      await tick();
      throw new Error('boom');
    });
    expect(await Promise.all([work('a'), work('b'), failing.catch((e: Error) => e.message), work('c')])).toEqual([
      'a',
      'b',
      'boom',
      'c',
    ]);
    expect(log).toEqual(['a begins', 'a ends', 'b begins', 'b ends', 'c begins', 'c ends']);
    expect(count()).toBe(3);
  });
});

describe('the SQLite write queue with another process writing', () => {
  it('waits for the write lock without freezing the event loop, then runs; gives up after the wait', async () => {
    const { connection, queue, count } = setUp();
    // Another connection to the file stands for another server process holding the lock.
    const other = new Database(connection.name);
    cleanup.push(() => other.close());
    other.exec('BEGIN IMMEDIATE');
    other.exec('INSERT INTO t VALUES (1)');
    let timerRan = false;
    const write = queue.run(async () => connection.exec('INSERT INTO t VALUES (2)'));
    // A timer of this process fires while the transaction waits: the loop is not blocked.
    await new Promise((resolve) => setTimeout(resolve, 30)).then(() => (timerRan = true));
    expect(timerRan).toBe(true);
    other.exec('COMMIT');
    await write;
    expect(count()).toBe(2);

    const impatient = createWriteQueue(connection, 50);
    other.exec('BEGIN IMMEDIATE');
    const started = Date.now();
    await expect(impatient.run(async () => connection.exec('INSERT INTO t VALUES (3)'))).rejects.toMatchObject({ code: 'SQLITE_BUSY' });
    expect(Date.now() - started).toBeLessThan(2000);
    other.exec('ROLLBACK');
    expect(count()).toBe(2);
    expect(connection.inTransaction).toBe(false);
  });
});
