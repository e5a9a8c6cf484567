/**
 * Loading a deck folder from disk (Node only: the server, the CLI tools and tests). The
 * client gets the same content bundled by Vite (bundled.ts) or from the server.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkRawContent } from './check.ts';
import { compileContent, ContentError, type Content } from './content.ts';
import { CONTENT_FILE_NAMES, type RawContent } from './schema.ts';

export const DEFAULT_CONTENT_DIR = resolve(fileURLToPath(new URL('../../game-content', import.meta.url)));

/** Reads the content files of a folder as text, file name → text. */
export function readContentFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of CONTENT_FILE_NAMES) {
    const path = join(dir, `${name}.json`);
    try {
      files[`${name}.json`] = readFileSync(path, 'utf8');
    } catch {
      throw new ContentError(`${path}: the file is missing or cannot be read`);
    }
  }
  return files;
}

/**
 * Loads, checks and compiles a deck folder. Throws ContentError with every problem, one per
 * line, each with its file, line and column, when the content is not playable.
 */
export function loadContent(dir: string = DEFAULT_CONTENT_DIR): Content {
  const files = readContentFiles(dir);
  const { raw, problems } = checkRawContent(files);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0 || !raw) {
    throw new ContentError(errors.map((p) => `${join(dir, p.file)}:${p.line}:${p.column} ${p.message}`).join('\n'));
  }
  return compileContent(raw as RawContent);
}
