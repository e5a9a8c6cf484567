/**
 * The shipped deck, bundled into the browser client by Vite. Importing the JSON files (rather
 * than fetching them) means the dev server reloads the client when a content file changes.
 * Online play with a custom deck takes the server's deck from /api/content instead.
 */
import patterns from '../../game-content/patterns.json';
import board from '../../game-content/board.json';
import roles from '../../game-content/roles.json';
import cases from '../../game-content/cases.json';
import knowledge from '../../game-content/knowledge.json';
import flow from '../../game-content/flow.json';
import transformations from '../../game-content/transformations.json';
import prompts from '../../game-content/prompts.json';
import scenarios from '../../game-content/scenarios.json';
import type { RawContent } from './schema.ts';

export const bundledRaw = {
  patterns,
  board,
  roles,
  cases,
  knowledge,
  flow,
  transformations,
  prompts,
  scenarios,
} as unknown as RawContent;
