/**
 * What the SQLite and PostgreSQL stores share about reading matches back: the listing query
 * (one SQL text for both; they differ only in placeholders and in how a flag is stored) and
 * the metadata of a row.
 */
import type { ListingOpts, TableMetadata } from './store.ts';

export type Dialect = 'sqlite' | 'postgres';

/** SELECT `columns` FROM matches for a listing, most recently updated first. */
export function listingQuery(dialect: Dialect, columns: string, opts: ListingOpts = {}): { sql: string; params: (string | number | boolean)[] } {
  const where: string[] = [];
  const params: (string | number | boolean)[] = [];
  const add = (clause: string, value: string | number | boolean) => {
    params.push(value);
    where.push(clause.replace('?', dialect === 'postgres' ? `$${params.length}` : '?'));
  };
  // SQLite keeps flags as 0 and 1.
  const flag = (b: boolean) => (dialect === 'postgres' ? b : b ? 1 : 0);
  if (opts.gameName !== undefined) add('game_name = ?', opts.gameName);
  if (opts.where?.isGameover !== undefined) add('gameover = ?', flag(opts.where.isGameover));
  if (opts.where?.unlisted !== undefined) add('unlisted = ?', flag(opts.where.unlisted));
  if (opts.where?.updatedBefore !== undefined) add('updated_at < ?', opts.where.updatedBefore);
  if (opts.where?.updatedAfter !== undefined) add('updated_at > ?', opts.where.updatedAfter);
  let sql = `SELECT ${columns} FROM matches ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY updated_at DESC, id`;
  if (opts.limit !== undefined) {
    params.push(Math.max(0, Math.floor(opts.limit)));
    sql += ` LIMIT ${dialect === 'postgres' ? `$${params.length}` : '?'}`;
  }
  return { sql, params };
}

/** A row's metadata: moves touch only the row's updated_at, not the metadata JSON, so it is folded in here. */
export function rowMetadata(metadata: TableMetadata, updatedAt: number | string): TableMetadata {
  metadata.updatedAt = Math.max(metadata.updatedAt ?? 0, Number(updatedAt));
  return metadata;
}
