import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqlite } from './open';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const mode = (file: string) => fs.statSync(file).mode & 0o777;

describe('the SQLite files are private to the desk’s user', () => {
  it('creates the directory 0700 and the database, -wal and -shm files 0600, whatever the umask', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-perms-'));
    dirs.push(root);
    const file = path.join(root, 'data', 'isnad.db');
    const previous = process.umask(0o000);
    try {
      const db = openSqlite(file);
      db.close();
    } finally {
      process.umask(previous);
    }
    expect(mode(path.dirname(file)).toString(8)).toBe('700');
    expect(mode(file).toString(8)).toBe('600');
    // WAL mode leaves its side files in place after a write until the last connection closes;
    // reopen without closing to see them.
    const db = openSqlite(file);
    for (const suffix of ['-wal', '-shm']) expect(mode(`${file}${suffix}`).toString(8), suffix).toBe('600');
    db.close();
    expect(process.umask()).toBe(previous);
  });
});

describe('opening a database', () => {
  it('checks every foreign key after a migration ran, and not when the schema is already current', async () => {
    const Database = (await import('better-sqlite3')).default;
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-fk-'));
    dirs.push(root);
    const file = path.join(root, 'isnad.db');
    const checks: string[] = [];
    const original = Database.prototype.pragma;
    Database.prototype.pragma = function (this: InstanceType<typeof Database>, source: string, options?: object) {
      if (/foreign_key_check/.test(source)) checks.push(source);
      return original.call(this, source, options as never);
    } as typeof original;
    try {
      openSqlite(file).close();
      expect(checks).toHaveLength(1);
      // The server, start.ts and every script open the database: on an archive the check costs seconds each time.
      openSqlite(file).close();
      expect(checks).toHaveLength(1);
    } finally {
      Database.prototype.pragma = original;
    }
  });
});
