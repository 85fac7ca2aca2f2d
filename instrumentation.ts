// Runs once when the server starts: migrating here means a request never meets an old schema.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    // The peer's address for rate limits (handlers never see the socket); 405 for TRACE.
    const { installServerHooks } = await import('./lib/http/server-hooks');
    installServerHooks();
    // Bearer-token calls of the claim routes skip Next's router (lib/http/direct-api.ts).
    const [{ installDirectApi }, { directRoutes }] = await Promise.all([import('./lib/http/direct-api'), import('./app/api/v1/direct-routes')]);
    await installDirectApi(directRoutes);
    const { openDatabase, databaseTarget } = await import('./db/client');
    const { backfillArticleStats } = await import('./db/queries/article-stats');
    const { backfillSearchIndex } = await import('./db/search/backfill');
    const db = await openDatabase();
    // A desk older than the article_stats table gets its counters before the first list page.
    await backfillArticleStats(db);
    const engine = db.engine;
    // A desk older than the search index (or rows written around the use cases) is indexed in
    // the background, in short batches, so an upgrade does not hold the server's start for
    // the minute a large archive takes; searches find the rows as their batches commit.
    void backfillSearchIndex(db, { log: (line) => console.log(`Isnad: ${line}`) })
      .catch((error) => console.error('Isnad: the search index backfill stopped; the next start continues it.', error))
      .finally(() => db.close());
    if (engine !== 'pg') {
      // ISNAD_WORKERS=N on SQLite: N processes, each with its own cache; a change made through
      // one expires the others' pages through the cluster primary (db/public-cache-channel.ts).
      const { listenToSiblingWorkers } = await import('./db/public-cache-channel');
      const { SERVER_ID, expireLocally } = await import('./lib/public-cache');
      listenToSiblingWorkers((message) => message.from !== SERVER_ID && expireLocally(message.tags));
    }
    if (engine === 'pg') {
      // Several servers on one PostgreSQL: a change made through another one expires this
      // server's cached public pages too (lib/public-cache.ts sends the tags after commit).
      const { listenForPublicChanges } = await import('./db/public-cache-channel');
      const { ALL_PUBLIC_TAG, SERVER_ID, expireLocally } = await import('./lib/public-cache');
      listenForPublicChanges(
        databaseTarget(),
        (message) => message.from !== SERVER_ID && expireLocally(message.tags),
        // Changes made while the connection was down were not heard: expire every public page.
        () => expireLocally([ALL_PUBLIC_TAG]),
      );
    }
  }
}
