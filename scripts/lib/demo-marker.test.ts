import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '@/db/client';
import { isDemoDatabase, isNewDatabase, markAsDemoDatabase } from './demo-marker';

describe('demo marker (SQLite file)', () => {
  it('is absent from a database the demo did not create, and present once the demo marks its own', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-marker-'));
    const file = path.join(dir, 'desk.db');
    expect(await isNewDatabase(file)).toBe(true);
    const db = await openDatabase(file);
    await db.close();
    expect(await isNewDatabase(file)).toBe(false);
    expect(await isDemoDatabase(file)).toBe(false);
    await markAsDemoDatabase(file);
    expect(await isDemoDatabase(file)).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
