import { databaseTarget, openDatabase } from '@/db/client';
import { describeTarget } from '@/db/engine';
import { auditDatabase } from '@/db/chain/verify';

/**
 * Checks the tamper-evident history chain, the append-only guard and the database's own
 * integrity. Prints the record count and head hash (for pinning) and exits non-zero,
 * naming the first bad record, when anything does not hold.
 */
async function main() {
  const target = databaseTarget();
  const db = await openDatabase(target);
  try {
    const report = await auditDatabase(db);
    console.log(`Database:    ${describeTarget(target)}`);
    console.log(`Records:     ${report.count}`);
    console.log(`Head hash:   ${report.head ?? '(empty chain)'}`);
    console.log(`Chain:       ${report.firstBreak ? `BROKEN at ${report.firstBreak}` : 'ok'}`);
    console.log(`Append-only: ${report.appendOnly.length ? report.appendOnly.join('; ') : 'ok'}`);
    console.log(`Integrity:   ${report.integrity.length ? report.integrity.join('; ') : 'ok'}`);
    if (!report.ok) process.exitCode = 1;
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(`audit:verify failed: ${(error as Error).message}`);
  process.exitCode = 2;
});
