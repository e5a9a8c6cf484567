/**
 * Every command-line tool, as a user meets it: `--help` prints its usage and exits 0; an
 * unknown option or a bad value prints one sentence and the usage and exits 2, never a stack
 * trace. The tools run as processes, all at once (each costs a second of tsx start-up), two
 * per tool: the help and one mistake (some an unknown option, some a bad value; the shared
 * layer's sentences for every kind of mistake are checked in-process below).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readArgs, UsageError } from '../../src/tools/args.ts';

const ROOT = join(import.meta.dirname, '../..');

/** npm script → its file, a mistake and the sentence it must answer with. */
const TOOLS: Record<string, { file: string; bad: string[]; says: string }> = {
  simulate: { file: 'src/sim/cli.ts', bad: ['--games', 'many'], says: '--games must be a whole number of at least 1, not "many"' },
  balance: { file: 'src/tools/balance.ts', bad: ['--colour', 'blue'], says: '--colour is not an option' },
  replay: { file: 'src/tools/replay.ts', bad: [], says: 'give the file of a recorded match' },
  'deck:check': { file: 'src/tools/deck-check.ts', bad: ['--json=yes'], says: '--json takes no value' },
  'deck:pdf': { file: 'src/tools/deck-pdf.ts', bad: ['--lang', 'fr'], says: '--lang must be nl or en, not "fr"' },
  'deck:csv': { file: 'src/tools/deck-csv.ts', bad: ['expert', 'a', 'b'], says: '"expert" is not a command: use export or import' },
  'deck:dev': { file: 'src/tools/deck-dev.ts', bad: ['--port', '99999'], says: '--port must be a port number, not "99999"' },
  bench: { file: 'bench/index.ts', bad: ['nothing-like-this'], says: 'no benchmark in bench/ has "nothing-like-this" in its name' },
  fixtures: { file: 'src/tools/record-fixtures.ts', bad: ['--colour', 'blue'], says: '--colour is not an option' },
  schema: { file: 'src/content/write-schemas.ts', bad: ['a', 'b'], says: 'give one folder' },
  'docs:rules': { file: 'src/tools/rules-doc.ts', bad: ['--content'], says: '--content is not an option' },
  backup: { file: 'src/server/backup.ts', bad: ['a', 'b'], says: 'give one file to write' },
  'bench -- load': { file: 'bench/load.bench.ts', bad: ['--modes', 'disk'], says: '--modes must be memory, sqlite, postgres or cluster, not "disk"' },
};
/** Tools run with npx tsx rather than an npm script of their own. */
const NOT_SCRIPTS = ['backup', 'bench -- load'];

interface Run {
  code: number | null;
  out: string;
  err: string;
}
function run(file: string, args: string[]): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, file), ...args], { cwd: ROOT, env: { ...process.env, DEBUG: '' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => done({ code, out, err }));
  });
}

const results = new Map<string, { help: Run; bad: Run }>();
beforeAll(async () => {
  await Promise.all(
    Object.entries(TOOLS).map(async ([name, t]) => {
      const [help, bad] = await Promise.all([run(t.file, ['--help']), run(t.file, t.bad)]);
      results.set(name, { help, bad });
    }),
  );
});

describe('every npm run tool', () => {
  it('lists every script that takes arguments', async () => {
    const { scripts } = (await import('../../package.json', { with: { type: 'json' } })).default as { scripts: Record<string, string> };
    const tools = Object.entries(scripts).filter(([, cmd]) => cmd.startsWith('tsx ')).map(([name]) => name);
    // npm start reads its settings from the environment, not from arguments.
    expect(tools.filter((n) => n !== 'start').sort()).toEqual(Object.keys(TOOLS).filter((n) => !NOT_SCRIPTS.includes(n)).sort());
    for (const name of tools.filter((n) => n !== 'start')) expect(scripts[name]).toBe(`tsx ${TOOLS[name].file}`);
  });

  for (const name of Object.keys(TOOLS)) {
    it(`${name} answers --help with its usage and exit 0`, () => {
      const { help } = results.get(name)!;
      expect(help.code).toBe(0);
      expect(help.out).toMatch(/^usage: (npm run|npx tsx) /);
      expect(help.err).toBe('');
    });

    it(`${name} answers a mistake with a sentence, the usage and exit 2`, () => {
      const { bad, help } = results.get(name)!;
      expect(bad).toMatchObject({ code: 2, out: '', err: `${TOOLS[name].says}\n${help.out}` });
    });
  }
});

describe('readArgs', () => {
  const config = { allowPositionals: true, options: { games: { type: 'string' }, json: { type: 'boolean' } } } as const;
  it('reads options and positionals', () => {
    expect(readArgs(config, ['--games', '3', 'dir', '--json'])).toMatchObject({ values: { games: '3', json: true }, positionals: ['dir'] });
  });
  it('gives null for --help and -h, even beside a mistake', () => {
    expect(readArgs(config, ['-h'])).toBeNull();
    expect(readArgs(config, ['--nope', '--help'])).toBeNull();
  });
  it('says each mistake as a sentence', () => {
    const said = (argv: string[]) => {
      try {
        readArgs(config, argv);
      } catch (err) {
        expect(err).toBeInstanceOf(UsageError);
        return (err as Error).message;
      }
      throw new Error(`${argv.join(' ')} was accepted`);
    };
    expect(said(['--games'])).toBe('--games needs a value');
    expect(said(['--json=yes'])).toBe('--json takes no value');
    expect(said(['-x'])).toBe('-x is not an option');
    expect(() => readArgs({ options: {} }, ['stray'])).toThrow('"stray" is not an option (this tool takes no folder or file)');
  });
});
