// Runs once when the server starts: migrating here means a request never meets an old schema.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { openDatabase } = await import('./db/client');
    const db = await openDatabase();
    await db.close();
  }
}
