import { describe, expect, it } from 'vitest';
import { parseInput } from '@/lib/errors';
import { assignInput, bulkInput, explanationInput, reviewInputV2 } from './desk-inputs';

const refusal = (fn: () => unknown): { message: string; fields?: Record<string, string> } => {
  try {
    fn();
  } catch (e) {
    return e as { message: string; fields?: Record<string, string> };
  }
  throw new Error('expected a refusal');
};

describe('bulkInput', () => {
  it('reads the three actions', () => {
    expect(parseInput(bulkInput, { action: 'assign', ids: [3, 1, 3], assignee: 7 })).toEqual({ action: 'assign', ids: [3, 1], assignee: 7 });
    expect(parseInput(bulkInput, { action: 'assign', ids: [1], assignee: null })).toEqual({ action: 'assign', ids: [1], assignee: null });
    expect(parseInput(bulkInput, { action: 'dismiss', ids: [1], note: ' duplicate ' })).toEqual({ action: 'dismiss', ids: [1], note: 'duplicate' });
    expect(parseInput(bulkInput, { action: 'in_review', ids: [1] })).toEqual({ action: 'in_review', ids: [1], note: null });
  });

  it('names what is missing or wrong', () => {
    expect(refusal(() => parseInput(bulkInput, { action: 'dismiss', ids: [1] })).fields).toMatchObject({ note: expect.stringMatching(/say why/) });
    expect(refusal(() => parseInput(bulkInput, { action: 'dismiss', ids: [1], note: '  ' })).fields).toMatchObject({ note: expect.stringMatching(/say why/) });
    expect(refusal(() => parseInput(bulkInput, { action: 'assign', ids: [1] })).fields).toMatchObject({ assignee: expect.stringMatching(/is required/) });
    expect(refusal(() => parseInput(bulkInput, { action: 'delete', ids: [1] })).message).toMatch(/action: must be one of: assign, dismiss, in_review/);
    expect(refusal(() => parseInput(bulkInput, { action: 'in_review', ids: [] })).fields).toMatchObject({ ids: 'must name at least one claim' });
    expect(refusal(() => parseInput(bulkInput, { action: 'in_review', ids: Array.from({ length: 201 }, (_, i) => i + 1) })).fields).toMatchObject({
      ids: 'must name at most 200 claims at once',
    });
  });
});

describe('single-claim inputs', () => {
  it('assign takes a user or null, with the version', () => {
    expect(parseInput(assignInput, { claimId: '4', assignee: null, version: 2 })).toEqual({ claimId: 4, assignee: null, version: 2 });
    expect(refusal(() => parseInput(assignInput, { claimId: 4, version: 2 })).fields).toMatchObject({ assignee: expect.stringMatching(/is required/) });
  });

  it('review takes the new verdicts and an optional explanation', () => {
    expect(parseInput(reviewInputV2, { claimId: 1, status: 'misleading', note: 'n', explanation: 'For readers', version: 1 })).toMatchObject({
      status: 'misleading',
      explanation: 'For readers',
    });
    expect(parseInput(reviewInputV2, { claimId: 1, status: 'false', note: 'n', version: 1 })).not.toHaveProperty('explanation', 'x');
    expect(refusal(() => parseInput(reviewInputV2, { claimId: 1, status: 'wrong', version: 1 })).fields).toMatchObject({ status: expect.stringMatching(/misleading/) });
    expect(parseInput(explanationInput, { claimId: 1, explanation: '  ', version: 3 })).toEqual({ claimId: 1, explanation: null, version: 3 });
  });
});
