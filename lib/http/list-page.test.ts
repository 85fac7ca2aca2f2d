import { describe, expect, it } from 'vitest';
import { DomainError } from '@/lib/errors';
import { cursorLinks, listOrRefusal } from './list-page';

describe('list pages', () => {
  it('shows a refused filter as a message, and lets any other failure through', async () => {
    expect(await listOrRefusal(async () => [1])).toEqual({ result: [1], refusal: null });
    expect(await listOrRefusal(async () => { throw new DomainError('invalid_input', 'kind: is not a kind'); })).toEqual({
      result: null,
      refusal: 'kind: is not a kind',
    });
    await expect(listOrRefusal(async () => { throw new Error('disk full'); })).rejects.toThrow('disk full');
  });

  it('keeps the filters in both links, moves the cursor on, and drops it for the newest page', () => {
    const { older, newest } = cursorLinks(new URLSearchParams('kind=comment&cursor=9'), 42);
    expect(older.toString()).toBe('kind=comment&cursor=42');
    expect(newest.toString()).toBe('kind=comment');
  });
});
