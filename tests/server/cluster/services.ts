/**
 * PostgreSQL and Redis for tests, from TEST_DATABASE_URL and TEST_REDIS_URL (which
 * `eval "$(scripts/test-services.sh start)"` exports; .ci/run does it).
 *
 * A developer without them sees the tests that need them skipped, with the reason in the
 * name; never passed. In CI (CI=true) a missing service is a failure, thrown when the test
 * file loads, because a green run there must mean the tests ran.
 */
import { randomBytes } from 'node:crypto';

const START_HINT = 'run: eval "$(scripts/test-services.sh start)"';

function required(name: 'TEST_DATABASE_URL' | 'TEST_REDIS_URL'): string | undefined {
  const value = process.env[name]?.trim();
  if (value) return value;
  if (process.env.CI === 'true') throw new Error(`${name} is not set, and CI=true: the tests that need it cannot be skipped (${START_HINT})`);
  return undefined;
}

export const databaseUrl = required('TEST_DATABASE_URL');
export const redisUrl = required('TEST_REDIS_URL');

/** A suffix for a describe title that says why it was skipped. */
export function needs(...what: ('postgres' | 'redis')[]): string {
  const missing = what.filter((w) => (w === 'postgres' ? !databaseUrl : !redisUrl));
  if (missing.length === 0) return '';
  return ` [skipped: needs ${missing.map((m) => (m === 'postgres' ? 'TEST_DATABASE_URL' : 'TEST_REDIS_URL')).join(' and ')}; ${START_HINT}]`;
}

/** A fresh schema name, so that each test has empty tables of its own. */
export function freshSchema(prefix = 't'): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`;
}
