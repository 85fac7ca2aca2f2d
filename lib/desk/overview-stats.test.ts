import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dailySeries, daysBetween, median, medianDuration, niceTicks, durationUnit } from './overview-stats';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('agrees with the SQL in the module comment', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE durations (d REAL)');
    const sql = `SELECT avg(d) AS m FROM (SELECT d FROM durations ORDER BY d
      LIMIT 2 - (SELECT count(*) FROM durations) % 2 OFFSET (SELECT (count(*) - 1) / 2 FROM durations))`;
    for (const values of [[7], [3, 1], [9, 1, 5], [4, 1, 3, 2], [10, 20, 30, 40, 50, 60]]) {
      db.exec('DELETE FROM durations');
      for (const v of values) db.prepare('INSERT INTO durations VALUES (?)').run(v);
      expect((db.prepare(sql).get() as { m: number }).m, String(values)).toBe(median(values));
    }
    db.close();
  });

  it('measures only the pairs that reached the second moment', () => {
    const at = (h: number) => new Date(Date.UTC(2026, 0, 1, h));
    expect(medianDuration([{ from: at(0), to: at(2) }, { from: at(0), to: null }, { from: at(1), to: at(5) }])).toBe(3 * 3_600_000);
    expect(medianDuration([{ from: at(0), to: null }])).toBeNull();
  });
});

describe('dailySeries', () => {
  it('gives every day and every key, zero when absent', () => {
    const days = daysBetween('2026-01-30', '2026-02-02');
    expect(days).toEqual(['2026-01-30', '2026-01-31', '2026-02-01', '2026-02-02']);
    const series = dailySeries(
      [
        { day: '2026-01-31', key: 'false', n: 2 },
        { day: '2026-01-31', key: 'verified', n: 1 },
        { day: '2026-02-02', key: 'false', n: 1 },
        { day: '2025-12-01', key: 'false', n: 9 },
      ],
      days,
      ['verified', 'false'] as const,
    );
    expect(series.map((d) => [d.day, d.counts.verified, d.counts.false, d.total])).toEqual([
      ['2026-01-30', 0, 0, 0],
      ['2026-01-31', 1, 2, 3],
      ['2026-02-01', 0, 0, 0],
      ['2026-02-02', 0, 1, 1],
    ]);
    expect(daysBetween('2026-02-02', '2026-01-01')).toEqual([]);
    expect(daysBetween('2020-01-01', '2030-01-01')).toHaveLength(366);
  });
});

describe('niceTicks', () => {
  it('reaches at least the maximum in round steps', () => {
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(100)).toEqual([0, 50, 100]);
    expect(niceTicks(1)).toEqual([0, 0.5, 1]);
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(1234)).toEqual([0, 500, 1000, 1500]);
  });
});

describe('durationUnit', () => {
  it('speaks in minutes under an hour, hours under two days, days beyond', () => {
    expect(durationUnit(12 * 60_000)).toEqual({ unit: 'minutes', value: 12 });
    expect(durationUnit(90 * 60_000)).toEqual({ unit: 'hours', value: 1.5 });
    expect(durationUnit(47.9 * 3_600_000)).toEqual({ unit: 'hours', value: 47.9 });
    expect(durationUnit(60 * 3_600_000)).toEqual({ unit: 'days', value: 2.5 });
  });
});
