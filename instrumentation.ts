// Runs once when the server starts: migrating here means a request never meets an old schema.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    // Rate limits and the sign-in backoff need the peer's address, which handlers never see.
    const { stampSocketAddresses } = await import('./lib/http/socket-address');
    stampSocketAddresses();
    const { openDatabase } = await import('./db/client');
    const { backfillArticleStats } = await import('./db/queries/article-stats');
    const db = await openDatabase();
    // A desk older than the article_stats table gets its counters before the first list page.
    await backfillArticleStats(db);
    await db.close();
  }
}
