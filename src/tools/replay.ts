/**
 * npm run replay -- FILE [--content DIR]
 * Re-runs a recorded match and prints the final state's hash as its last line. Exits 1 if a
 * move is refused or the hash differs from the one the record was sealed with.
 */
import { readFileSync } from 'node:fs';
import { loadContent } from '../content/load.ts';
import { parseRecord, replay } from '../record/record.ts';
import { hashState } from '../rules/index.ts';
import { toolArgs, usageError } from './args.ts';

const tool = {
  name: 'replay',
  usage: `usage: npm run replay -- FILE [--content DIR]
  re-runs the recorded match in FILE on the deck in DIR (default game-content) and prints the final
  state's hash as its last line; exits 1 when a move is refused or the hash differs from the record's`,
};

function main(): number {
  const { positionals, values } = toolArgs(tool, { allowPositionals: true, options: { content: { type: 'string' } } });
  if (positionals.length !== 1) usageError(tool, positionals.length === 0 ? 'give the file of a recorded match' : 'give one file');
  const content = loadContent(values.content);
  let text: string;
  try {
    text = readFileSync(positionals[0], 'utf8');
  } catch {
    usageError(tool, `${positionals[0]} does not exist or cannot be read`);
  }
  try {
    const record = parseRecord(text);
    const state = replay(content, record);
    const hash = hashState(state);
    const outcome = state.outcome ? `${state.outcome.result} (${state.outcome.reason})` : 'not over';
    console.log(`${record.scenario}, ${record.players} players, seed ${record.seed}: ${record.moves.length} moves, round ${state.turn.round}, ${outcome}`);
    if (record.final && record.final.hash !== hash) {
      console.error(`hash differs from the record: expected ${record.final.hash}`);
      console.log(hash);
      return 1;
    }
    console.log(hash);
    return 0;
  } catch (err) {
    // A record that does not parse or a move the rules refuse: the record's fault, exit 1.
    console.error(`replay: ${(err as Error).message}`);
    return 1;
  }
}

process.exitCode = main();
