import { describe, expect, it } from 'vitest';
import { scoreHeldout } from './fixtures/heldout-score';

/**
 * Reports written for evaluation in the styles of many outlets and conflicts, each annotated by
 * hand (fixtures/heldout). The floors sit a little under what the extractor reaches, so a
 * change that costs recall, precision, category or claimant accuracy fails here.
 */
describe('the held-out reports', () => {
  const { files, totals } = scoreHeldout();

  it('are all there', () => {
    expect(files.length).toBeGreaterThanOrEqual(44);
    expect(totals.required).toBeGreaterThanOrEqual(539);
  });

  it('find the claims a fact-checker would review', () => {
    expect(totals.recall).toBeGreaterThanOrEqual(0.98);
  });

  it('list little else', () => {
    expect(totals.precision).toBeGreaterThanOrEqual(0.98);
  });

  it('name the category and the claimant', () => {
    expect(totals.category).toBeGreaterThanOrEqual(0.98);
    expect(totals.claimant).toBeGreaterThanOrEqual(0.98);
  });

  it('do well on every report, not only on average', () => {
    for (const f of files) {
      expect(f.recall, f.file).toBeGreaterThanOrEqual(0.9);
      expect(f.precision, f.file).toBeGreaterThanOrEqual(0.9);
    }
  });
});
