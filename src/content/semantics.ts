/**
 * Whole-content checks: what the schema cannot see because it looks at one value at a time.
 * Duplicate ids, references between files, the board graph, whether each scenario can be set
 * up and played for the player counts it claims, effects that would do nothing, translations.
 * Pure (no Node APIs): the CLI, the server and the card gallery report the same problems.
 *
 * Each check works on the files that passed the schema and skips what needs a file that did
 * not, so one broken file does not hide the problems of the others.
 */
import { Reporter, type CheckedFiles } from './deck-model.ts';
import type { Problem } from './problems.ts';
import { checkBoard } from './semantics-board.ts';
import { checkIds, checkPatterns } from './semantics-ids.ts';
import { checkReferences } from './semantics-refs.ts';
import { checkScenarios } from './semantics-scenarios.ts';
import { checkTexts } from './semantics-texts.ts';

export type { CheckedFiles } from './deck-model.ts';

export function checkSemantics(files: CheckedFiles): Problem[] {
  const r = new Reporter(files.docs, files.raw);
  checkIds(files, r);
  checkPatterns(files, r);
  checkBoard(files, r);
  checkReferences(files, r);
  checkScenarios(files, r);
  checkTexts(files, r);
  return r.problems;
}
