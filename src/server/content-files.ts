/**
 * The deck this server plays, loaded once at start through the same path as deck:check
 * (src/content/load.ts). Bad content stops the server with every problem listed as
 * file:line:column, so a designer sees what to fix.
 */
import type { Content } from '../content/content.ts';
import { loadDeckFolder } from '../content/load.ts';
import { CONTENT_FILE_NAMES } from '../content/schema.ts';
import type { ContentFiles } from './lobby/routes.ts';

export interface LoadedDeck {
  content: Content;
  /** What GET /api/content answers: the files as parsed JSON, and any warnings. */
  files: ContentFiles;
}

export function loadDeck(dir: string): LoadedDeck {
  const { content, check } = loadDeckFolder(dir);
  const files: Record<string, unknown> = {};
  for (const name of CONTENT_FILE_NAMES) files[`${name}.json`] = check.raw[name];
  return { content, files: { files, problems: check.problems } };
}
