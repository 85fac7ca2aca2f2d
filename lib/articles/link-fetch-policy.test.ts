import { describe, expect, it } from 'vitest';
import { linkFetchOptions, LINK_IMPORT_MAX_BYTES } from './link-fetch-policy';
import { previewLink } from './preview-link';

describe('linkFetchOptions', () => {
  it('honours the allow-list outside production, and in production only when told to', () => {
    const allow = { ISNAD_FETCH_ALLOW_ADDRESSES: '127.0.0.1, 10.0.0.0/8' };
    expect(linkFetchOptions({ ...allow, NODE_ENV: 'test' } as NodeJS.ProcessEnv)).toEqual({ maxBytes: LINK_IMPORT_MAX_BYTES, allowAddresses: ['127.0.0.1', '10.0.0.0/8'] });
    expect(linkFetchOptions({ ...allow, NODE_ENV: 'production' } as NodeJS.ProcessEnv)).toEqual({ maxBytes: LINK_IMPORT_MAX_BYTES });
    expect(linkFetchOptions({ ...allow, NODE_ENV: 'production', ISNAD_FETCH_ALLOW_IN_PRODUCTION: 'true' } as NodeJS.ProcessEnv).allowAddresses).toEqual([
      '127.0.0.1',
      '10.0.0.0/8',
    ]);
  });
});

describe('previewLink', () => {
  it('refuses a checker before fetching anything, and a loopback address without the allow-list', async () => {
    const checker = { id: 1, role: 'checker' as const, name: 'C', email: 'c@example.test' };
    const editor = { ...checker, role: 'editor' as const };
    await expect(previewLink(checker, { url: 'http://127.0.0.1:9/' })).rejects.toThrow(expect.objectContaining({ code: 'forbidden' }));
    await expect(previewLink(editor, { url: 'http://127.0.0.1:9/' }, {})).rejects.toThrow(/^url: /);
    await expect(previewLink(editor, {})).rejects.toThrow(/url: is required/);
  });
});
