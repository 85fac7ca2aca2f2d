import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { accountEvents, apiTokens } from '@/db/schema';
import { createTestDb, createTestUser } from '@/lib/testing/test-db';
import { setUserDisabled } from '@/lib/users/set-user-disabled';
import { createApiToken } from './create-api-token';
import { listApiTokens } from './list-api-tokens';
import { revokeApiToken } from './revoke-api-token';
import { actorOfToken } from './token-actor';
import { hashTokenSecret } from './token-secret';

describe('API tokens', () => {
  it('editors and admins create them, checkers may not; the secret is stored only as its hash', async () => {
    const db = await createTestDb();
    const checker = await createTestUser(db, 'checker');
    const editor = await createTestUser(db, 'editor');
    await expect(createApiToken(db, checker, { name: 'cms', scope: 'read' })).rejects.toThrow(/needs editor/);
    await expect(createApiToken(db, editor, { name: 'cms', scope: 'admin' })).rejects.toThrow(/scope: must be read or write/);
    const { id, token } = await createApiToken(db, editor, { name: 'CMS import', scope: 'write' });
    expect(token).toMatch(/^isnad_[\w-]{43}$/);
    const [row] = await db.select().from(apiTokens).where(eq(apiTokens.id, id));
    expect(row.tokenHash).toBe(hashTokenSecret(token));
    expect(JSON.stringify(row)).not.toContain(token);
    const listed = await listApiTokens(db, editor);
    expect(listed).toEqual([expect.objectContaining({ id, name: 'CMS import', scope: 'write', lastUsedAt: null })]);
    expect(JSON.stringify(listed)).not.toContain(row.tokenHash);
  });

  it('a token acts as its owner with its scope; a token cannot mint another', async () => {
    const db = await createTestDb();
    const editor = await createTestUser(db, 'editor');
    const read = await createApiToken(db, editor, { name: 'dashboard', scope: 'read' });
    const actor = await actorOfToken(db, read.token);
    expect(actor).toMatchObject({ id: editor.id, role: 'editor', tokenScope: 'read', tokenId: read.id });
    await expect(createApiToken(db, actor, { name: 'another', scope: 'write' })).rejects.toThrow(/not with another token/);
  });

  it('revoked and unknown tokens, and those of a disabled owner, name nobody', async () => {
    const db = await createTestDb();
    const admin = await createTestUser(db, 'admin');
    const editor = await createTestUser(db, 'editor');
    const a = await createApiToken(db, editor, { name: 'a', scope: 'write' });
    const b = await createApiToken(db, editor, { name: 'b', scope: 'write' });
    expect(await actorOfToken(db, 'isnad_' + 'x'.repeat(43))).toBeNull();
    expect(await actorOfToken(db, 'not even a token')).toBeNull();
    await expect(revokeApiToken(db, admin, { tokenId: a.id })).rejects.toThrow(/does not exist/);
    await revokeApiToken(db, editor, { tokenId: String(a.id) });
    expect(await actorOfToken(db, a.token)).toBeNull();
    expect(await actorOfToken(db, b.token)).not.toBeNull();
    await setUserDisabled(db, admin, { userId: editor.id, disabled: true });
    expect(await actorOfToken(db, b.token)).toBeNull();
    await setUserDisabled(db, admin, { userId: editor.id, disabled: false });
    expect(await actorOfToken(db, b.token)).not.toBeNull();
    const kinds = (await db.select().from(accountEvents).where(eq(accountEvents.userId, editor.id))).map((e) => e.kind);
    expect(kinds.filter((k) => k.startsWith('token_'))).toEqual(['token_created', 'token_created', 'token_revoked']);
  });

  it('records the last use at most once a minute', async () => {
    const db = await createTestDb();
    const editor = await createTestUser(db, 'editor');
    const { id, token } = await createApiToken(db, editor, { name: 'cms', scope: 'read' });
    const t0 = new Date('2026-03-01T08:00:00Z');
    const lastUsed = async () => (await db.select().from(apiTokens).where(eq(apiTokens.id, id)))[0].lastUsedAt?.getTime();
    await actorOfToken(db, token, t0);
    await actorOfToken(db, token, new Date(t0.getTime() + 30_000));
    expect(await lastUsed()).toBe(t0.getTime());
    await actorOfToken(db, token, new Date(t0.getTime() + 61_000));
    expect(await lastUsed()).toBe(t0.getTime() + 61_000);
  });
});
