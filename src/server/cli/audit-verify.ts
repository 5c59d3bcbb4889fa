import { verifyAuditChain } from '../core/audit/audit.js';
import { loadConfig } from '../core/config.js';
import { createDatabase } from '../core/db/database.js';

const config = loadConfig(process.env);
const database = createDatabase(config.databaseUrl, config.dialect);
try {
  const verdict = await verifyAuditChain(database.db);
  if (verdict.ok) {
    process.stdout.write(`Audit chain intact: ${verdict.rows} rows verified.\n`);
  } else {
    process.stderr.write(
      `Audit chain BROKEN at row id ${verdict.brokenRowId}: ${verdict.reason} (${verdict.rows} rows before it verified).\n`,
    );
    process.exitCode = 1;
  }
} finally {
  await database.destroy();
}
