// Runs once when the server starts: migrating here means a request never meets an old schema.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { openDatabase } = await import('./db/client');
    const { backfillArticleStats } = await import('./db/queries/article-stats');
    const { backfillSearchIndex } = await import('./db/search/backfill');
    const db = await openDatabase();
    // A desk older than the article_stats table gets its counters before the first list page.
    await backfillArticleStats(db);
    // A desk older than the search index (or rows written around the use cases) is indexed in
    // the background, in short batches, so an upgrade does not hold the server's start for
    // the minute a large archive takes; searches find the rows as their batches commit.
    void backfillSearchIndex(db, { log: (line) => console.log(`Isnad: ${line}`) })
      .catch((error) => console.error('Isnad: the search index backfill stopped; the next start continues it.', error))
      .finally(() => db.close());
  }
}
