import { and, asc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { articleSearchDocument, claimSearchDocument } from '../../lib/desk/search-documents';
import { executeRaw, type Db, type Tx } from '../client';
import { articles, claims, evidence } from '../schema';

/**
 * The desk search index (drizzle/0011_search_index.sql, drizzle/pg/0009_search_index.sql):
 * one row per article and per claim, holding the normalised copies of their text. The rows
 * are written here and only here, inside the caller's transaction, so a change and the index
 * row that finds it commit together. A deleted article and its claims have no rows.
 */
export const SEARCH_INDEX_TABLES = ['article_search', 'claim_search'] as const;

/** The claim fields the index holds: a change to any of them must re-index the claim. */
export const CLAIM_SEARCH_FIELDS = ['quote', 'counted', 'claimant', 'claimantCanonical', 'rationale', 'explanation'] as const;

/** Rows per statement: keeps every statement well inside both engines' parameter limits. */
const CHUNK = 200;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** The claims' text as it is now, with the titles of their evidence not withdrawn. */
async function claimDocuments(tx: Db | Tx, ids: number[]) {
  const rows = await tx
    .select({
      id: claims.id,
      quote: claims.quote,
      counted: claims.counted,
      claimant: claims.claimant,
      claimantCanonical: claims.claimantCanonical,
      rationale: claims.rationale,
      explanation: claims.explanation,
      deletedAt: articles.deletedAt,
    })
    .from(claims)
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .where(inArray(claims.id, ids));
  const titles = await tx
    .select({ claimId: evidence.claimId, title: evidence.title })
    .from(evidence)
    .where(and(inArray(evidence.claimId, ids), isNull(evidence.removedAt), isNotNull(evidence.title)))
    .orderBy(asc(evidence.claimId), asc(evidence.id));
  const byClaim = new Map<number, string[]>();
  for (const t of titles) byClaim.set(t.claimId, [...(byClaim.get(t.claimId) ?? []), t.title!]);
  return rows.map((c) => ({
    id: c.id,
    live: c.deletedAt === null,
    doc: claimSearchDocument({
      quote: c.quote,
      counted: c.counted,
      // The canonical name too, so "الأمم المتحدة" finds a claim whose text says "المنظمة".
      claimant: [c.claimant, c.claimantCanonical].filter(Boolean).join('\n') || null,
      rationale: c.rationale,
      explanation: c.explanation,
      evidenceTitles: byClaim.get(c.id) ?? [],
    }),
  }));
}

type ClaimDoc = ReturnType<typeof claimSearchDocument>;
type ArticleDoc = ReturnType<typeof articleSearchDocument>;

const pgVector = (parts: Array<[string, 'A' | 'B' | 'C' | 'D']>) =>
  sql.join(
    parts.map(([text, weight]) => sql`setweight(to_tsvector('simple', ${text}), ${sql.raw(`'${weight}'`)})`),
    sql` || `,
  );

const claimVector = (d: ClaimDoc) =>
  pgVector([[d.quote, 'A'], [d.claimant, 'B'], [d.counted, 'B'], [d.notes, 'C'], [d.evidence, 'C'], [d.stems, 'D']]);
const articleVector = (d: ArticleDoc) => pgVector([[d.title, 'A'], [d.outlet, 'B'], [d.body, 'D'], [d.stems, 'D']]);

const idList = (ids: number[]) => sql.join(ids.map((id) => sql`${id}`), sql`, `);

async function removeClaimRows(tx: Db | Tx, ids: number[]): Promise<void> {
  for (const part of chunks(ids)) {
    await executeRaw(tx, tx.engine === 'pg' ? sql`DELETE FROM claim_search WHERE claim_id IN (${idList(part)})` : sql`DELETE FROM claim_search WHERE rowid IN (${idList(part)})`);
  }
}

async function writeClaimRows(tx: Db | Tx, rows: Array<{ id: number; doc: ClaimDoc }>): Promise<void> {
  if (tx.engine === 'pg') {
    for (const part of chunks(rows)) {
      const values = sql.join(part.map((r) => sql`(${r.id}, ${claimVector(r.doc)})`), sql`, `);
      await executeRaw(tx, sql`INSERT INTO claim_search (claim_id, search) VALUES ${values} ON CONFLICT (claim_id) DO UPDATE SET search = EXCLUDED.search`);
    }
    return;
  }
  // An FTS5 row is replaced by deleting and inserting it again.
  await removeClaimRows(tx, rows.map((r) => r.id));
  for (const { id, doc: d } of rows) {
    await executeRaw(
      tx,
      sql`INSERT INTO claim_search (rowid, quote, counted, claimant, notes, evidence, stems) VALUES (${id}, ${d.quote}, ${d.counted}, ${d.claimant}, ${d.notes}, ${d.evidence}, ${d.stems})`,
    );
  }
}

/**
 * Brings the index rows of these claims in line with their text, evidence titles and their
 * article's deletion. Call it in the transaction that changed any of them.
 */
export async function reindexClaims(tx: Db | Tx, ids: readonly number[]): Promise<void> {
  const unique = [...new Set(ids)];
  for (const part of chunks(unique)) {
    const docs = await claimDocuments(tx, part);
    await writeClaimRows(tx, docs.filter((d) => d.live));
    const gone = docs.filter((d) => !d.live).map((d) => d.id);
    if (gone.length) await removeClaimRows(tx, gone);
  }
}

export function reindexClaim(tx: Db | Tx, claimId: number): Promise<void> {
  return reindexClaims(tx, [claimId]);
}

/**
 * Brings an article's index row in line with its title, outlet and text; a deleted article
 * loses its row and its claims' rows, so it disappears from the desk search at once.
 */
export async function reindexArticles(tx: Db | Tx, ids: readonly number[]): Promise<void> {
  for (const part of chunks([...new Set(ids)])) {
    const rows = await tx
      .select({ id: articles.id, title: articles.title, outlet: articles.outlet, body: articles.body, deletedAt: articles.deletedAt })
      .from(articles)
      .where(inArray(articles.id, part));
    const live = rows.filter((a) => a.deletedAt === null).map((a) => ({ id: a.id, doc: articleSearchDocument(a) }));
    const gone = rows.filter((a) => a.deletedAt !== null).map((a) => a.id);
    if (tx.engine === 'pg') {
      for (const { id, doc } of live) {
        await executeRaw(tx, sql`INSERT INTO article_search (article_id, search) VALUES (${id}, ${articleVector(doc)}) ON CONFLICT (article_id) DO UPDATE SET search = EXCLUDED.search`);
      }
      if (gone.length) await executeRaw(tx, sql`DELETE FROM article_search WHERE article_id IN (${idList(gone)})`);
    } else {
      if (part.length) await executeRaw(tx, sql`DELETE FROM article_search WHERE rowid IN (${idList(part)})`);
      for (const { id, doc: d } of live) {
        await executeRaw(tx, sql`INSERT INTO article_search (rowid, title, outlet, body, stems) VALUES (${id}, ${d.title}, ${d.outlet}, ${d.body}, ${d.stems})`);
      }
    }
    for (const articleId of gone) {
      const claimIds = (await tx.select({ id: claims.id }).from(claims).where(eq(claims.articleId, articleId))).map((c) => c.id);
      await removeClaimRows(tx, claimIds);
    }
  }
}

export function reindexArticle(tx: Db | Tx, articleId: number): Promise<void> {
  return reindexArticles(tx, [articleId]);
}

