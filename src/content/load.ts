/**
 * Loading a deck folder from disk (Node only: the server, the CLI tools and tests). The
 * client gets the same content bundled by Vite (bundled.ts) or from the server.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDeck, type DeckCheck } from './check.ts';
import { compileContent, ContentError, type Content } from './content.ts';
import type { Problem } from './problems.ts';
import { CONTENT_FILE_NAMES, SIDE_FILES, type RawContent } from './schema.ts';
import { didYouMean } from './suggest.ts';

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

export interface DeckFolder {
  /** The content files found, file name → text. */
  files: Record<string, string>;
  /** Problems with the folder itself: missing or misnamed files. */
  problems: Problem[];
}

/**
 * Reads a deck folder without throwing: a missing file becomes a problem (with "did you
 * mean" when a misnamed .json file is there), and an extra .json file a warning.
 */
export function readDeckFolder(dir: string): DeckFolder {
  const problems: Problem[] = [];
  const files: Record<string, string> = {};
  const at = (file: string, message: string, severity: Problem['severity'] = 'error', code = 'missing-file'): Problem =>
    ({ severity, file, line: 1, column: 1, pointer: '', code, message });
  let present: string[];
  try {
    if (!statSync(dir).isDirectory()) return { files, problems: [at('.', `${dir} is not a folder`)] };
    present = readdirSync(dir).filter((f) => f.endsWith('.json'));
  } catch {
    return { files, problems: [at('.', `the folder ${dir} does not exist or cannot be read`)] };
  }
  const expected = CONTENT_FILE_NAMES.map((n) => `${n}.json`);
  for (const file of expected) {
    if (!present.includes(file)) {
      const extra = present.filter((f) => !expected.includes(f));
      problems.push(at(file, `the file ${file} is missing${didYouMean(file, extra).replace('did you mean', 'is it misnamed as')}`));
      continue;
    }
    try {
      files[file] = readFileSync(join(dir, file), 'utf8');
    } catch {
      problems.push(at(file, `the file ${file} cannot be read`));
    }
  }
  for (const file of present) {
    if (!expected.includes(file) && !(file.replace(/\.json$/, '') in SIDE_FILES)) {
      problems.push(at(file, `${file} is not a content file and is not read (the files are ${expected.join(', ')})${didYouMean(file, expected)}`, 'warning', 'unknown-file'));
    }
  }
  return { files, problems };
}

/** Reads and checks a deck folder: every problem, of the folder and of the files. */
export function checkDeckFolder(dir: string): DeckCheck {
  const folder = readDeckFolder(dir);
  const checked = checkDeck(folder.files);
  // Files the folder lacks are already reported by the folder, with a better hint.
  const missing = new Set(folder.problems.filter((p) => p.code === 'missing-file').map((p) => p.file));
  const problems = [...folder.problems, ...checked.problems.filter((p) => !(p.code === 'missing-file' && missing.has(p.file)))];
  return { raw: checked.raw, problems, ok: !problems.some((p) => p.severity === 'error') };
}

export interface LoadedDeckFolder {
  content: Content;
  /** The check it passed: every file as parsed JSON, and any warnings. */
  check: DeckCheck;
}

/**
 * Loads, checks and compiles a deck folder: the one path the server, the tools and deck:check
 * share, so a file one accepts (a byte-order mark, CRLF line ends) the others accept too.
 * Throws ContentError with every error, one per line as `path:line:column message (JSON
 * pointer)`, when the content is not playable. Warnings do not stop it.
 */
export function loadDeckFolder(dir: string = DEFAULT_CONTENT_DIR): LoadedDeckFolder {
  const check = checkDeckFolder(dir);
  if (!check.ok) {
    const errors = check.problems.filter((p) => p.severity === 'error');
    throw new ContentError(errors.map((p) => `${join(dir, p.file)}:${p.line}:${p.column} ${p.message}${p.pointer ? ` (${p.pointer})` : ''}`).join('\n'));
  }
  return { content: compileContent(check.raw as RawContent), check };
}

export function loadContent(dir: string = DEFAULT_CONTENT_DIR): Content {
  return loadDeckFolder(dir).content;
}
