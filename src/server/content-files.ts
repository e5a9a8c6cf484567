/**
 * The deck this server plays, loaded once at start. Bad content stops the server with every
 * problem listed as file:line:column, so a designer sees what to fix.
 */
import { checkRawContent } from '../content/check.ts';
import type { Content } from '../content/content.ts';
import { loadContent, readContentFiles } from '../content/load.ts';
import type { ContentFiles } from './lobby/routes.ts';

export interface LoadedDeck {
  content: Content;
  /** What GET /api/content answers: the files as parsed JSON, and any warnings. */
  files: ContentFiles;
}

export function loadDeck(dir: string): LoadedDeck {
  const content = loadContent(dir);
  const texts = readContentFiles(dir);
  const { problems } = checkRawContent(texts);
  const files: Record<string, unknown> = {};
  for (const [name, text] of Object.entries(texts)) files[name] = JSON.parse(text);
  return { content, files: { files, problems } };
}
