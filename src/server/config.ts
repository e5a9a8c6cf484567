/**
 * The server's configuration, read once from the environment. Every setting has a default
 * that works for `npm start` on one machine; docs/server.md lists them all. A bad value stops
 * the server with a sentence naming the variable, never with a stack trace.
 */
import { resolve } from 'node:path';
import { DEFAULT_CONTENT_DIR } from '../content/load.ts';
import { readAwayConfig, type AwayConfig } from './away-config.ts';

/** The SQLite file inside DATA_DIR. */
export const DATABASE_FILE = 'school-of-commons.db';

export interface RateLimit {
  /** Requests allowed per window and per client address. */
  points: number;
  /** The window, in seconds. */
  seconds: number;
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  contentDir: string;
  /** Origins allowed besides the server's own (same-origin requests are always allowed). */
  origins: string[];
  /** The address players use, for join links; otherwise taken from each request. */
  publicUrl?: string;
  /** Names (Host headers) accepted besides this machine's own and PUBLIC_URL's; "*" for any. */
  allowedHosts: string[];
  logLevel: string;
  /** Pause before a bot seat moves, so people can follow the table. */
  botDelayMs: number;
  /** Games the simulator plays (lazily, once) for GET /api/decks/outcomes; 0: none. */
  deckSimGames: number;
  /** Largest JSON body the Lobby API reads. */
  maxBodyBytes: number;
  /** Largest socket.io message the game server reads. */
  maxMessageBytes: number;
  createRate: RateLimit;
  joinRate: RateLimit;
  /** Looking a table up by its code (pages poll it; guessing codes stays slow). */
  lookupRate: RateLimit;
  /** Game messages (moves, syncs) one socket may send per second. */
  socketRate: RateLimit;
  /** Trust X-Forwarded-* headers (only behind a reverse proxy that sets them). */
  trustProxy: boolean;
  /** SQLite durability: FULL survives power loss, NORMAL survives a crashed process. */
  sqliteSynchronous: 'FULL' | 'NORMAL';
  /** How long SIGTERM waits for moves in flight before closing anyway. */
  shutdownGraceMs: number;
  /** Where the built client lives. */
  clientDir: string;
  /** Moves go out as patches of each receiver's view (boardgame.io's deltaState), not whole views. */
  deltaState: boolean;
  /** PostgreSQL instead of the SQLite file (docs/deploy.md): postgres://user:password@host:port/db. */
  databaseUrl?: string;
  /** Redis for several instances: match news, socket.io rooms and the per-match lock. */
  redisUrl?: string;
  /** Chat, deadlines and notices (away-config.ts). */
  away: AwayConfig;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export type Env = Record<string, string | undefined>;

export function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}

/** "POINTS/SECONDS", e.g. "20/600": twenty per ten minutes. */
export function rate(env: Env, name: string, fallback: RateLimit): RateLimit {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(raw);
  if (!m || Number(m[1]) < 1 || Number(m[2]) < 1) {
    throw new ConfigError(`${name} must look like POINTS/SECONDS, e.g. "20/600" (got "${raw}")`);
  }
  return { points: Number(m[1]), seconds: Number(m[2]) };
}

function origin(name: string, raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name}: "${raw}" is not an origin like https://school.example`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigError(`${name}: "${raw}" must start with http:// or https://`);
  return url.origin;
}

function flag(env: Env, name: string, fallback = false): boolean {
  const raw = (env[name] ?? '').trim().toLowerCase();
  if (raw === '') return fallback;
  if (raw === '0' || raw === 'false' || raw === 'no') return false;
  if (raw === '1' || raw === 'true' || raw === 'yes') return true;
  throw new ConfigError(`${name} must be true or false (got "${env[name]}")`);
}

/** A connection URL with one of the given schemes; the password never appears in the error. */
function serviceUrl(env: Env, name: string, schemes: string[], example: string): string | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a URL like ${example}`);
  }
  if (!schemes.includes(url.protocol)) throw new ConfigError(`${name} must start with ${schemes.map((s) => s + '//').join(' or ')} (got ${url.protocol}//…)`);
  return raw;
}

/** ALLOWED_HOSTS: comma-separated host names or addresses (a port is ignored), or "*". */
function allowedHosts(env: Env): string[] {
  const hosts = (env.ALLOWED_HOSTS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const h of hosts) {
    if (h !== '*' && !/^(\[[0-9a-f:.]+\]|[a-z0-9]([a-z0-9.-]*[a-z0-9])?)(:\d+)?$/i.test(h)) {
      throw new ConfigError(`ALLOWED_HOSTS lists host names like school.example or 192.168.1.20, separated by commas (got "${h}")`);
    }
  }
  return hosts;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function readConfig(env: Env = process.env, cwd = process.cwd()): Config {
  const logLevel = (env.LOG_LEVEL ?? 'info').trim().toLowerCase();
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${env.LOG_LEVEL}")`);
  // NORMAL in WAL mode: a killed or crashed server loses nothing (a commit is in the WAL before
  // it is answered); only a power cut may lose the last moments. FULL adds an fsync per commit.
  const synchronous = (env.SQLITE_SYNCHRONOUS ?? 'NORMAL').trim().toUpperCase();
  if (synchronous !== 'FULL' && synchronous !== 'NORMAL') throw new ConfigError(`SQLITE_SYNCHRONOUS must be FULL or NORMAL (got "${env.SQLITE_SYNCHRONOUS}")`);
  const origins = (env.ORIGINS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => origin('ORIGINS', s));
  return {
    port: integer(env, 'PORT', 8000, 0, 65535),
    host: (env.HOST ?? '').trim() || '0.0.0.0',
    dataDir: resolve(cwd, (env.DATA_DIR ?? '').trim() || 'data'),
    contentDir: env.CONTENT_DIR?.trim() ? resolve(cwd, env.CONTENT_DIR.trim()) : DEFAULT_CONTENT_DIR,
    origins,
    publicUrl: env.PUBLIC_URL?.trim() ? origin('PUBLIC_URL', env.PUBLIC_URL.trim()) : undefined,
    allowedHosts: allowedHosts(env),
    logLevel,
    botDelayMs: integer(env, 'BOT_DELAY_MS', 1500, 0, 60_000),
    deckSimGames: integer(env, 'DECK_SIM_GAMES', 100, 0, 10_000),
    maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 16 * 1024, 256, 1024 * 1024),
    maxMessageBytes: integer(env, 'MAX_MESSAGE_BYTES', 16 * 1024, 1024, 1024 * 1024),
    createRate: rate(env, 'CREATE_RATE', { points: 30, seconds: 600 }),
    joinRate: rate(env, 'JOIN_RATE', { points: 60, seconds: 60 }),
    lookupRate: rate(env, 'LOOKUP_RATE', { points: 600, seconds: 60 }),
    socketRate: rate(env, 'SOCKET_RATE', { points: 40, seconds: 1 }),
    trustProxy: flag(env, 'TRUST_PROXY'),
    sqliteSynchronous: synchronous,
    shutdownGraceMs: integer(env, 'SHUTDOWN_GRACE_MS', 10_000, 0, 120_000),
    clientDir: resolve(cwd, (env.CLIENT_DIR ?? '').trim() || 'dist/client'),
    // On by default: a move costs each client about 1.7 KB instead of the whole view (~9 KB).
    deltaState: flag(env, 'DELTA_STATE', true),
    databaseUrl: serviceUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:'], 'postgres://user:password@host:5432/school'),
    redisUrl: serviceUrl(env, 'REDIS_URL', ['redis:', 'rediss:'], 'redis://host:6379'),
    away: readAwayConfig(env),
  };
}
