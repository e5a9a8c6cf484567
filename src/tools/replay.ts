/**
 * npm run replay -- FILE [--content DIR]
 * Re-runs a recorded match and prints the final state's hash as its last line. Exits 1 if a
 * move is refused or the hash differs from the one the record was sealed with.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadContent } from '../content/load.ts';
import { parseRecord, replay } from '../record/record.ts';
import { hashState } from '../rules/index.ts';

function main(): number {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { content: { type: 'string' } } });
  if (positionals.length !== 1) {
    console.error('usage: npm run replay -- FILE [--content DIR]');
    return 2;
  }
  try {
    const content = loadContent(values.content);
    const record = parseRecord(readFileSync(positionals[0], 'utf8'));
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
    console.error(`replay: ${(err as Error).message}`);
    return 1;
  }
}

process.exitCode = main();
