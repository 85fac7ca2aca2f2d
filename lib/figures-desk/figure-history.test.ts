import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { executeRaw } from '@/db/client';
import { chainLegacyRecords } from '@/db/chain/chain-legacy';
import { auditDatabase } from '@/db/chain/verify';
import { figureEvents, figures } from '@/db/schema';
import { createTestDb, createTestUser, TEST_ENGINE } from '@/lib/testing/test-db';
import { createFigure } from './create-figure';

const TOLL = { title_en: 'People killed in the Karabakh offensive', title_ar: 'قتلى هجوم قره باغ', category: 'casualties', counted: 'people killed', place: 'Karabakh', from: '2023-09-19', to: '2023-09-20' };

describe(`a figure's history (${TEST_ENGINE})`, () => {
  it('records who named a figure and with what fields, in the same transaction, chained', async () => {
    const db = await createTestDb();
    const checker = await createTestUser(db, 'checker');
    const figure = await createFigure(db, checker, TOLL);
    const events = await db.select().from(figureEvents);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      figureId: figure.id,
      actorId: checker.id,
      kind: 'figure_created',
      payload: { slug: figure.slug, titleEn: TOLL.title_en, titleAr: TOLL.title_ar, category: 'casualties', counted: 'people killed', place: 'Karabakh', from: '2023-09-19', to: '2023-09-20' },
    });
    expect(events[0].hash).toMatch(/^[0-9a-f]{64}$/);
    const audit = await auditDatabase(db);
    expect(audit).toMatchObject({ ok: true, firstBreak: null, appendOnly: [] });
    expect(audit.count).toBe(1);
  });

  it('writes neither the figure nor its history when the input is refused', async () => {
    const db = await createTestDb();
    const checker = await createTestUser(db, 'checker');
    await expect(createFigure(db, checker, { ...TOLL, from: '2023-09-21', to: '2023-09-20' })).rejects.toThrow(/must not be before/);
    await expect(createFigure(db, null, TOLL)).rejects.toThrow();
    expect(await db.select().from(figures)).toEqual([]);
    expect(await db.select().from(figureEvents)).toEqual([]);
  });

  it('verifies no more once a figure event is rewritten behind the guard', async () => {
    const db = await createTestDb();
    await createFigure(db, await createTestUser(db, 'checker'), TOLL);
    const drop =
      TEST_ENGINE === 'pg' ? ['DROP TRIGGER figure_events_append_only ON figure_events'] : ['DROP TRIGGER figure_events_no_update'];
    await db.transaction(async (tx) => {
      for (const s of drop) await executeRaw(tx, sql.raw(s));
      await executeRaw(tx, sql`UPDATE figure_events SET actor_id = NULL`);
    });
    const audit = await auditDatabase(db);
    expect(audit.firstBreak).toMatch(/figure_events id \d+ \(chain seq 1\): contents do not match its hash/);
    expect(audit.appendOnly.join()).toMatch(/figure_events/);
  });

  it('links a figure event written before the chain (as the migration backfills them) when the database opens', async () => {
    const db = await createTestDb();
    const figure = await createFigure(db, await createTestUser(db, 'checker'), TOLL);
    // What drizzle's figure_events migration inserts for a figure named before the table existed.
    await db.transaction((tx) => tx.insert(figureEvents).values({ figureId: figure.id, actorId: null, kind: 'figure_created', payload: { recordedLater: true } }));
    expect((await auditDatabase(db)).firstBreak).toMatch(/not linked into the chain/);
    expect(await chainLegacyRecords(db)).toBe(1);
    expect(await auditDatabase(db)).toMatchObject({ ok: true, count: 2 });
  });
});
