import { createHash } from 'node:crypto';
import { desc, gte } from 'drizzle-orm';
import type { Db, Tx } from '../client';
import { articleStats, articles, claims, deskCounts, evidence, reviewEvents, users, verdictPublications } from '../schema';
import type { PublishedEvidence } from '../schema';
import type { Category, ClaimStatus, Stance, VerdictStatus } from '../../lib/vocabulary';
import { executeRaw } from '../client';
import { bulkInsert } from '../bulk-insert';
import { sql } from 'drizzle-orm';
import { seedDemoAccounts } from './seed-demo';
import { articleIsPublicDefinitionSql } from '../queries/article-visibility';
import { hashRecord } from '../chain/canonical';
import { lockHead, moveHead, type Head } from '../chain/append';

export interface BenchSize {
  articles: number;
  claims: number;
  events: number;
}

/*
 * A synthetic archive for the benchmark, written in bulk through the migrated schema. Every
 * row is one the product could have written itself: quotes are the exact text at their
 * offsets of an Arabic body, each claim's status is the last status change of its history,
 * publications snapshot the claim and the evidence it had, article_stats agrees with a
 * recomputation. Shapes follow a newsroom: most claims untouched or in review, verdicts with
 * evidence, several publications and corrections per published claim, a few very hot claims
 * with thousands of comments.
 */

const PLACES = ['غزة', 'حلب', 'الموصل', 'صنعاء', 'طرابلس', 'الخرطوم', 'بيروت', 'درنة'];
const SOURCES = ['وزارة الصحة', 'الأمم المتحدة', 'الهلال الأحمر', 'الدفاع المدني', 'مصدر محلي'];
const TEMPLATES: Array<{ text: (n: number, place: string, source: string) => string; counted: string; category: Category }> = [
  { text: (n, p, s) => `قالت ${s} إن ${n} شخصاً قتلوا في ${p} خلال الأسبوع الماضي.`, counted: 'killed', category: 'casualties' },
  { text: (n, p, s) => `وأفادت ${s} بنزوح ${n} عائلة من أحياء ${p}.`, counted: 'families displaced', category: 'displacement' },
  { text: (n, p, s) => `ووصلت ${n} شاحنة مساعدات إلى ${p} بحسب ${s}.`, counted: 'aid trucks', category: 'aid' },
  { text: (n, p, s) => `وسجلت ${s} ${n} خرقاً لوقف إطلاق النار قرب ${p}.`, counted: 'ceasefire violations', category: 'violations' },
];

/** A tiny deterministic generator, so two runs of one size build the same archive. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Row<T extends { $inferInsert: unknown }> = T['$inferInsert'];

/** Rows buffered per table and written in multi-row INSERTs below either engine's parameter limit. */
class Batches {
  constructor(private readonly chain: Chain) {}
  articles: Row<typeof articles>[] = [];
  claims: Row<typeof claims>[] = [];
  evidence: Row<typeof evidence>[] = [];
  events: Row<typeof reviewEvents>[] = [];
  publications: Row<typeof verdictPublications>[] = [];
  stats: Row<typeof articleStats>[] = [];
  async flush(tx: Tx) {
    const write = async (table: Parameters<Tx['insert']>[0], rows: object[], _per: number) => {
      await bulkInsert(tx, table, rows as Record<string, unknown>[]);
      rows.length = 0;
    };
    // Parents first: foreign keys are checked row by row.
    await write(articles, this.articles, 500);
    await write(claims, this.claims, 1000);
    await write(evidence, this.evidence, 1500);
    await write(verdictPublications, this.publications, 1000);
    await write(reviewEvents, this.events, 2000);
    await write(articleStats, this.stats, 2000);
    await moveHead(tx, this.chain.head);
  }
}

/**
 * Links history rows into the tamper-evident chain as the seed writes them, the way
 * db/chain/append.ts does one row at a time: each row gets explicit id, the next sequence
 * number, the previous record's hash and its own hash over every column as the database will
 * hand it back. So the first start on a seeded archive finds nothing to link, and
 * `npm run audit:verify` passes on it.
 */
class Chain {
  private nextEventId = 1;
  constructor(public head: Head) {}
  static async start(db: Db): Promise<Chain> {
    const chain = new Chain(await db.transaction((tx) => lockHead(tx)));
    chain.nextEventId = 1 + (await maxId(db, 'events'));
    return chain;
  }
  event<T extends Row<typeof reviewEvents>>(row: T): T {
    return this.link('review_events', { ...row, id: this.nextEventId++ });
  }
  publication<T extends Row<typeof verdictPublications>>(row: T): T {
    return this.link('verdict_publications', row);
  }
  private link<T extends Record<string, unknown>>(table: string, row: T): T {
    const chained = { ...row, chainSeq: this.head.seq + 1, prevHash: this.head.hash };
    const hash = hashRecord(table, chained);
    this.head = { seq: chained.chainSeq, hash };
    return { ...chained, hash };
  }
}

export async function seedBench(db: Db, size: BenchSize, log: (line: string) => void = () => {}): Promise<BenchSize & { publications: number; evidence: number }> {
  await seedDemoAccounts(db, process.env.ISNAD_DEMO_PASSWORD || 'isnad-demo-2023');
  const [checker] = await db.select({ id: users.id }).from(users).orderBy(users.id).limit(1);
  const staff = (await db.select({ id: users.id }).from(users)).map((u) => u.id);
  const actor = (r: number) => staff[Math.floor(r * staff.length)] ?? checker.id;
  const random = rng(size.articles * 31 + size.claims);
  const perArticle = Math.max(1, Math.floor(size.claims / size.articles));
  // Events a claim gets anyway (creation, status changes, evidence, publications); the rest of
  // the budget is comments, a share of it on a handful of hot claims.
  let eventsWritten = 0;
  let publicationsWritten = 0;
  let evidenceWritten = 0;
  const now = Date.now();
  const start = now - 2 * 365 * 24 * 3600 * 1000;
  const step = (now - start) / Math.max(1, size.articles);
  const [lastArticle] = await db.select({ id: articles.id }).from(articles).orderBy(desc(articles.id)).limit(1);
  const articleIdBase = 1 + (lastArticle?.id ?? 0);
  let claimId = 1 + (await maxId(db, 'claims'));
  let evidenceId = 1 + (await maxId(db, 'evidence'));
  let publicationId = 1 + (await maxId(db, 'publications'));
  const commentBudget = () => Math.max(0, size.events - eventsWritten);
  const hotClaims = new Set<number>();
  const chunk = 100;
  const chain = await Chain.start(db);
  const batches = new Batches(chain);
  // desk_counts moves by what these articles add, as refreshArticleStats would have moved it.
  const deskTotals = new Map<string, number>();
  for (let a0 = 0; a0 < size.articles; a0 += chunk) {
    await db.transaction(async (tx) => {
      for (let a = a0; a < Math.min(size.articles, a0 + chunk); a++) {
        const articleId = articleIdBase + a;
        const importedAt = new Date(start + a * step);
        const nClaims = a === size.articles - 1 ? size.claims - perArticle * (size.articles - 1) : perArticle;
        let body = `تقرير ميداني رقم ${a + 1} عن الأوضاع الإنسانية.\n\n`;
        const spans: Array<{ start: number; end: number; value: number; t: (typeof TEMPLATES)[number]; source: string }> = [];
        for (let c = 0; c < nClaims; c++) {
          const t = TEMPLATES[(a + c) % TEMPLATES.length];
          const value = 3 + Math.floor(random() * 5000);
          const source = SOURCES[Math.floor(random() * SOURCES.length)];
          const sentence = t.text(value, PLACES[Math.floor(random() * PLACES.length)], source);
          const at = sentence.indexOf(String(value));
          spans.push({ start: body.length + at, end: body.length + at + String(value).length, value, t, source });
          body += sentence + (c % 5 === 4 ? '\n\n' : ' ');
        }
        batches.articles.push({
          id: articleId,
          slug: `bench-${a + 1}`,
          title: `تقرير ميداني رقم ${a + 1}: حصيلة وأرقام من ${PLACES[a % PLACES.length]}`,
          outlet: ['الشرق', 'النهار', 'المدن'][a % 3],
          url: `https://news.example/${a + 1}`,
          language: 'ar',
          publishedDate: importedAt.toISOString().slice(0, 10),
          body,
          bodyHash: createHash('sha256').update(body).digest('hex'),
          importedAt,
          importedBy: null,
        });
        let t = importedAt.getTime();
        const tick = () => new Date((t += 1000 + Math.floor(random() * 600_000)));
        const event = (e: Omit<Row<typeof reviewEvents>, 'articleId'>) => {
          batches.events.push(chain.event({ articleId, ...e }));
          eventsWritten += 1;
        };
        event({ claimId: null, actorId: null, kind: 'article_imported', payload: { source: 'cli', claims: nClaims, characters: body.length, removedDebris: 0 }, createdAt: importedAt });
        const byStatus: Record<string, number> = {};
        const byVerdict: Record<string, number> = {};
        const byCategory: Record<string, number> = {};
        let published = 0;
        let changed = 0;
        for (const span of spans) {
          const id = claimId++;
          const fields = { quote: body.slice(span.start, span.end), start: span.start, end: span.end, value: span.value, qualifier: null, counted: span.t.counted, category: span.t.category, claimant: span.source };
          event({ claimId: id, actorId: null, kind: 'claim_created', toStatus: 'unreviewed', payload: { origin: 'extractor', ...fields }, createdAt: importedAt });
          const r = random();
          const status: ClaimStatus = r < 0.4 ? 'unreviewed' : r < 0.5 ? 'in_review' : r < 0.75 ? 'verified' : r < 0.85 ? 'disputed' : r < 0.95 ? 'unverifiable' : 'dismissed';
          let version = 1;
          let rationale: string | null = null;
          let firstVerdictAt: Date | null = null;
          let firstPublishedAt: Date | null = null;
          if (status !== 'unreviewed') {
            const by = actor(random());
            event({ claimId: id, actorId: by, kind: 'status_changed', fromStatus: 'unreviewed', toStatus: 'in_review', payload: {}, createdAt: tick() });
            version += 1;
            if (status !== 'in_review') {
              rationale = status === 'dismissed' ? 'ليس ادعاءً رقمياً.' : `راجعنا الرقم مع ${span.source} ومصادر أخرى.`;
              const judgedAt = tick();
              event({ claimId: id, actorId: by, kind: 'status_changed', fromStatus: 'in_review', toStatus: status, note: rationale, payload: {}, createdAt: judgedAt });
              version += 1;
              if (status !== 'dismissed') firstVerdictAt = judgedAt;
            }
          }
          const active: PublishedEvidence[] = [];
          const addEvidence = () => {
            const e = { url: `https://evidence.example/${id}/${active.length + 1}`, title: `مصدر ${active.length + 1}`, stance: (['supports', 'contradicts', 'context'] as Stance[])[Math.floor(random() * 3)], note: null };
            const eid = evidenceId++;
            evidenceWritten += 1;
            const at = tick();
            batches.evidence.push({ id: eid, claimId: id, ...e, addedBy: actor(random()), addedAt: at });
            event({ claimId: id, actorId: actor(random()), kind: 'evidence_added', payload: { evidenceId: eid, ...e }, createdAt: at });
            active.push(e);
          };
          const isVerdict = status === 'verified' || status === 'disputed' || status === 'unverifiable';
          if (isVerdict) addEvidence();
          if (isVerdict && random() < 0.5) {
            // One to three publications: the first, then corrections after new evidence; some withdrawn and republished.
            const rounds = 1 + Math.floor(random() * 3);
            const publish = (note: string | null) => {
              const pid = publicationId++;
              publicationsWritten += 1;
              const at = tick();
              firstPublishedAt ??= at;
              batches.publications.push(chain.publication({ id: pid, claimId: id, action: 'publish', status: status as VerdictStatus, rationale, claim: fields, evidence: active.map((e) => ({ ...e })), claimVersion: version, note, publishedBy: actor(random()), publishedAt: at }));
              event({ claimId: id, actorId: actor(random()), kind: 'verdict_published', note, toStatus: status, payload: { publicationId: pid, status, evidenceCount: active.length }, createdAt: at });
            };
            publish(null);
            for (let round = 1; round < rounds; round++) {
              addEvidence();
              if (random() < 0.2) {
                const pid = publicationId++;
                publicationsWritten += 1;
                const at = tick();
                batches.publications.push(chain.publication({ id: pid, claimId: id, action: 'unpublish', status: null, rationale: null, claim: null, evidence: null, claimVersion: version, note: 'سُحب للمراجعة.', publishedBy: actor(random()), publishedAt: at }));
                event({ claimId: id, actorId: actor(random()), kind: 'verdict_unpublished', note: 'سُحب للمراجعة.', payload: { publicationId: pid }, createdAt: at });
              }
              publish('تصحيح: دليل جديد.');
            }
            published += 1;
            byVerdict[status] = (byVerdict[status] ?? 0) + 1;
            // A few published claims carry evidence added after their last publication.
            if (random() < 0.05) {
              addEvidence();
              changed += 1;
            }
          }
          byStatus[status] = (byStatus[status] ?? 0) + 1;
          byCategory[fields.category] = (byCategory[fields.category] ?? 0) + 1;
          batches.claims.push({ id, articleId, ...fields, mentions: [{ start: span.start, end: span.end }], status, rationale, origin: 'extractor', version, contentVersion: version, firstVerdictAt, firstPublishedAt, createdAt: importedAt, updatedAt: new Date(t) });
          if (hotClaims.size < 5 && a >= size.articles - 5 && span === spans[0]) hotClaims.add(id);
        }
        batches.stats.push({ articleId, byStatus, byVerdict, byCategory, published, changed, updatedAt: new Date(t) });
        for (const [k, n] of Object.entries(byStatus)) deskTotals.set(`status:${k}`, (deskTotals.get(`status:${k}`) ?? 0) + n);
        for (const [k, n] of Object.entries(byCategory)) deskTotals.set(`category:${k}`, (deskTotals.get(`category:${k}`) ?? 0) + n);
      }
      await batches.flush(tx);
    });
    if (a0 % 1000 === 0) log(`articles ${Math.min(size.articles, a0 + chunk)}/${size.articles}, events ${eventsWritten}`);
  }
  await db.transaction(async (tx) => {
    for (const [key, n] of [...deskTotals].sort()) {
      await tx.insert(deskCounts).values({ key, n }).onConflictDoUpdate({ target: deskCounts.key, set: { n: sql`${deskCounts.n} + ${n}` } });
    }
  });
  // Comments fill the events budget: a third on five hot claims (thousands each), the rest spread out.
  const budget = commentBudget();
  const firstClaim = claimId - size.claims;
  const hot = [...hotClaims];
  for (let i = 0; i < budget; i += 20_000) {
    await db.transaction(async (tx) => {
      const rows: Row<typeof reviewEvents>[] = [];
      for (let j = i; j < Math.min(budget, i + 20_000); j++) {
        const onHot = hot.length > 0 && j % 3 === 0;
        const cid = onHot ? hot[j % hot.length] : firstClaim + Math.floor(random() * size.claims);
        rows.push(chain.event({ articleId: articleIdBase + Math.min(size.articles - 1, Math.floor((cid - firstClaim) / perArticle)), claimId: cid, actorId: actor(random()), kind: 'comment', note: `ملاحظة رقم ${j + 1}`, payload: {}, createdAt: new Date(now - (budget - j) * 10) }));
      }
      await bulkInsert(tx, reviewEvents, rows as Record<string, unknown>[]);
      await moveHead(tx, chain.head);
    });
    eventsWritten += Math.min(20_000, budget - i);
  }
  // The public flag the use cases keep (db/queries/article-visibility.ts), set from its
  // definition for the articles written here, in one pass.
  await db.transaction(async (tx) => {
    await tx
      .update(articles)
      .set({ isPublic: sql`${articleIsPublicDefinitionSql()}` })
      .where(gte(articles.id, articleIdBase));
  });
  if (db.engine === 'pg') {
    // Ids were given explicitly; the identity sequences move past them for the rows the desk adds later.
    for (const table of ['articles', 'claims', 'evidence', 'verdict_publications', 'review_events']) {
      await executeRaw(db, sql.raw(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT max(id) FROM ${table}))`));
    }
  }
  return { articles: size.articles, claims: size.claims, events: eventsWritten, publications: publicationsWritten, evidence: evidenceWritten };
}

async function maxId(db: Db, table: 'claims' | 'evidence' | 'publications' | 'events'): Promise<number> {
  const t = table === 'claims' ? claims : table === 'evidence' ? evidence : table === 'events' ? reviewEvents : verdictPublications;
  const [row] = await db.select({ id: t.id }).from(t).orderBy(desc(t.id)).limit(1);
  return row?.id ?? 0;
}
