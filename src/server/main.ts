/**
 * `npm start` ends here: one server on PORT (8000) and HOST, the match store in DATA_DIR,
 * the deck from CONTENT_DIR. SIGTERM or SIGINT: stop taking work, finish the moves in
 * flight, close the store, exit 0.
 */
import { join } from 'node:path';
import { ContentError } from '../content/content.ts';
import { readyMessage } from './addresses.ts';
import { createApp } from './app.ts';
import { connectCluster, type Cluster } from './cluster/cluster.ts';
import { ConfigError, DATABASE_FILE, readConfig, type Config } from './config.ts';
import { loadDeck, type LoadedDeck } from './content-files.ts';
import { createLogger } from './logger.ts';
import { PostgresStore } from './storage/postgres.ts';
import { SqliteStore } from './storage/sqlite.ts';
import type { MatchStore } from './storage/store.ts';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = readConfig();
  } catch (err) {
    if (err instanceof ConfigError) fail(`Configuration error: ${err.message}`);
    throw err;
  }
  const logger = createLogger(config.logLevel);

  let deck: LoadedDeck;
  try {
    deck = loadDeck(config.contentDir);
  } catch (err) {
    if (err instanceof ContentError) fail(`The game content in ${config.contentDir} cannot be played:\n${err.message}`);
    throw err;
  }

  // DATABASE_URL selects PostgreSQL (several instances share it); otherwise one SQLite file.
  const store: MatchStore = config.databaseUrl
    ? new PostgresStore({ connectionString: config.databaseUrl })
    : new SqliteStore({ file: join(config.dataDir, DATABASE_FILE), synchronous: config.sqliteSynchronous });
  const where = store instanceof SqliteStore ? store.file : 'at DATABASE_URL';
  try {
    await store.connect();
  } catch (err) {
    fail(`Cannot open the match store ${where}: ${(err as Error).message}`);
  }

  // REDIS_URL: this is one of several instances sharing the store (docs/deploy.md).
  let cluster: Cluster | undefined;
  if (config.redisUrl) {
    try {
      cluster = await connectCluster(config.redisUrl, logger);
    } catch (err) {
      await store.close();
      fail(`Cannot reach Redis at REDIS_URL: ${(err as Error).message}`);
    }
  }

  const app = createApp({ config, content: deck.content, contentFiles: deck.files, store, logger, cluster });
  let address;
  try {
    address = await app.listen(config.port, config.host);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    await cluster?.close();
    await store.close();
    if (e.code === 'EADDRINUSE') fail(`Port ${config.port} on ${config.host} is in use. Stop the other server or set PORT.`);
    if (e.code === 'EACCES') fail(`Not allowed to listen on port ${config.port}. Choose a PORT above 1023.`);
    throw err;
  }
  // In plain words on stderr (stdout carries the JSON log lines).
  process.stderr.write(`${readyMessage(address.port, config.host, config.publicUrl)}\n`);
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  logger.info({ port: address.port, host: config.host, dataDir: store instanceof SqliteStore ? config.dataDir : undefined, storage: store.kind, redis: cluster !== undefined, scenarios: deck.content.scenarios.size }, `School of Commons on http://${shown}:${address.port}`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    app.shutdown().then(
      () => {
        logger.info('stopped');
        logger.flush();
        process.exit(0);
      },
      (err) => {
        logger.error({ err }, 'shutdown failed');
        logger.flush();
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('uncaughtException', (err) => {
    logger.fatal({ err }, 'uncaught exception');
    logger.flush();
    process.exit(1);
  });
}

await main();
