/**
 * `tsx src/server/backup.ts [DEST]`: a consistent copy of the match store while the server
 * runs (SQLite's online backup, which copies a snapshot page by page and is safe with WAL).
 * DEST defaults to DATA_DIR/backups/school-of-commons-<time>.db.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { toolArgs, usageError } from '../tools/args.ts';
import { ConfigError, DATABASE_FILE, readConfig } from './config.ts';

const tool = {
  name: 'backup',
  usage: `usage: npx tsx src/server/backup.ts [DEST]
  copies the match store (DATA_DIR/school-of-commons.db) while the server runs into DEST
  (default DATA_DIR/backups/school-of-commons-<time>.db)`,
};
const { positionals } = toolArgs(tool, { allowPositionals: true });
if (positionals.length > 1) usageError(tool, 'give one file to write');

try {
  const config = readConfig();
  const source = join(config.dataDir, DATABASE_FILE);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const dest = resolve(positionals[0] ?? join(config.dataDir, 'backups', `school-of-commons-${stamp}.db`));
  mkdirSync(dirname(dest), { recursive: true });
  const db = new Database(source, { readonly: true, fileMustExist: true });
  await db.backup(dest);
  db.close();
  process.stdout.write(`${dest}\n`);
} catch (err) {
  process.stderr.write(`Backup failed: ${err instanceof ConfigError ? err.message : (err as Error).message}\n`);
  process.exit(1);
}
