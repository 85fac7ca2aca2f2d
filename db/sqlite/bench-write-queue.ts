/**
 * `npx tsx db/sqlite/bench-write-queue.ts [--processes N] [--seconds S]`: what the SQLite write
 * path can take without the web server in the way. N processes (default 2), each with 16
 * concurrent writers, append through db/sqlite/write-queue.ts to one WAL file with the
 * server's settings; each transaction is shaped like a comment's history row (read the chain
 * head, insert a row, move the head), and each writer yields to the event loop between
 * writes, as a server does between requests. Prints transactions/s and CPU per transaction.
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { parseArgs } from '../../scripts/lib/args';
import { createWriteQueue } from './write-queue';

const WRITERS = 16;

async function worker(file: string, seconds: number) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  const queue = createWriteQueue(db);
  const head = db.prepare('SELECT seq FROM head WHERE id = 1');
  const insert = db.prepare('INSERT INTO events (note) VALUES (?)');
  const move = db.prepare('UPDATE head SET seq = seq + 1 WHERE id = 1');
  let done = 0;
  const end = Date.now() + seconds * 1000;
  const cpu = process.cpuUsage();
  const writer = async () => {
    while (Date.now() < end) {
      await queue.run(async () => {
        head.get();
        insert.run('x'.repeat(200));
        move.run();
      });
      done++;
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  await Promise.all(Array.from({ length: WRITERS }, writer));
  const used = process.cpuUsage(cpu);
  process.send!({ done, cpuMs: (used.user + used.system) / 1000 });
  db.close();
}

async function main() {
  if (process.argv[2] === '--worker') return worker(process.argv[3], Number(process.argv[4]));
  const { options } = parseArgs(process.argv.slice(2));
  const processes = Number(options.processes ?? 2);
  const seconds = Number(options.seconds ?? 5);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-queue-bench-'));
  const file = path.join(dir, 'bench.db');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE events (id INTEGER PRIMARY KEY, note TEXT); CREATE TABLE head (id INTEGER PRIMARY KEY, seq INTEGER); INSERT INTO head VALUES (1, 0);');
  db.close();
  try {
    const results = await Promise.all(
      Array.from({ length: processes }, () =>
        new Promise<{ done: number; cpuMs: number }>((resolve, reject) => {
          const child = fork(process.argv[1], ['--worker', file, String(seconds)], { execArgv: process.execArgv });
          child.on('message', (m) => resolve(m as { done: number; cpuMs: number }));
          child.on('exit', (code) => code && reject(new Error(`worker exited ${code}`)));
        }),
      ),
    );
    const done = results.reduce((n, r) => n + r.done, 0);
    const cpuMs = results.reduce((n, r) => n + r.cpuMs, 0);
    console.log(`${processes} processes × ${WRITERS} writers, ${seconds} s: ${Math.round(done / seconds)} transactions/s, ${Math.round((cpuMs / done) * 1000)} µs CPU per transaction`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
