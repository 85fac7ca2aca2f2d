import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cacheStatements } from './statement-cache';

describe('cacheStatements', () => {
  it('hands out one prepared statement per SQL text, in its default (object) mode', () => {
    const db = cacheStatements(new Database(':memory:'));
    db.exec('CREATE TABLE t (a INTEGER); INSERT INTO t VALUES (1), (2)');
    const first = db.prepare('SELECT a FROM t ORDER BY a');
    expect(first.raw().all()).toEqual([[1], [2]]);
    const second = db.prepare('SELECT a FROM t ORDER BY a');
    expect(second).toBe(first);
    expect(second.all()).toEqual([{ a: 1 }, { a: 2 }]);
    expect(db.prepare('INSERT INTO t VALUES (?)').run(3).changes).toBe(1);
    expect(db.prepare('INSERT INTO t VALUES (?)').run(4).changes).toBe(1);
  });

  it('gives a fresh statement while the cached one is busy in an iterator', () => {
    const db = cacheStatements(new Database(':memory:'));
    db.exec('CREATE TABLE t (a INTEGER); INSERT INTO t VALUES (1), (2)');
    const outer = db.prepare('SELECT a FROM t ORDER BY a');
    const seen: number[] = [];
    for (const row of outer.iterate() as Iterable<{ a: number }>) {
      const inner = db.prepare('SELECT a FROM t ORDER BY a');
      expect(inner).not.toBe(outer);
      seen.push(row.a, (inner.all() as Array<{ a: number }>).length);
    }
    expect(seen).toEqual([1, 2, 2, 2]);
  });
});
