import { describe, expect, it } from 'vitest';
import { createTestDb } from '@/lib/testing/test-db';
import { isDemoDatabase, markAsDemoDatabase } from './demo-marker';

describe('demo marker', () => {
  it('is absent from a database the demo did not create, and present once the demo marks its own', () => {
    const db = createTestDb();
    expect(isDemoDatabase(db)).toBe(false);
    markAsDemoDatabase(db);
    expect(isDemoDatabase(db)).toBe(true);
  });
});
