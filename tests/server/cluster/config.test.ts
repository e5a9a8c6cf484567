/**
 * The settings that make a server one of several: DATABASE_URL and REDIS_URL are checked at
 * start (a wrong scheme stops the server with a sentence, never showing the password), and
 * without them the server is what `npm start` always was.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../../src/server/config.ts';

describe('configuration for several instances', () => {
  it('runs alone on SQLite, moves sent as patches, when nothing is set', () => {
    const config = readConfig({});
    expect(config.databaseUrl).toBeUndefined();
    expect(config.redisUrl).toBeUndefined();
    expect(config.deltaState).toBe(true);
    expect(readConfig({ DELTA_STATE: 'false' }).deltaState).toBe(false);
  });

  it('takes PostgreSQL and Redis addresses and patches', () => {
    const config = readConfig({ DATABASE_URL: 'postgresql://soc:secret@db.internal:5432/school', REDIS_URL: 'rediss://cache.internal:6380', DELTA_STATE: 'true' });
    expect(config.databaseUrl).toBe('postgresql://soc:secret@db.internal:5432/school');
    expect(config.redisUrl).toBe('rediss://cache.internal:6380');
    expect(config.deltaState).toBe(true);
  });

  it('refuses other schemes, naming the variable but not the password', () => {
    const refused = (env: Record<string, string>) => {
      try {
        readConfig(env);
      } catch (err) {
        expect(err).toBeInstanceOf(ConfigError);
        return (err as Error).message;
      }
      throw new Error('accepted');
    };
    const db = refused({ DATABASE_URL: 'mysql://soc:hunter2@db/school' });
    expect(db).toMatch(/^DATABASE_URL must start with postgres:\/\/ or postgresql:\/\//);
    expect(db).not.toContain('hunter2');
    expect(refused({ REDIS_URL: 'http://:hunter2@cache:6379' })).not.toContain('hunter2');
    expect(refused({ REDIS_URL: 'cache:6379 with spaces' })).toMatch(/^REDIS_URL/);
    expect(refused({ DELTA_STATE: 'maybe' })).toMatch(/^DELTA_STATE/);
  });
});
