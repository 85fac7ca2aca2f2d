// Runs once when the server starts: migrating here means a request never meets an old schema.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    // The peer's address for rate limits (handlers never see the socket); 405 for TRACE.
    const { installServerHooks } = await import('./lib/http/server-hooks');
    installServerHooks();
    const { openDatabase } = await import('./db/client');
    const { backfillArticleStats } = await import('./db/queries/article-stats');
    const db = await openDatabase();
    // A desk older than the article_stats table gets its counters before the first list page.
    await backfillArticleStats(db);
    await db.close();
  }
}
