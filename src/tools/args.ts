/**
 * The command line of every `npm run` tool, one way: `--help` (or `-h`) prints the usage on
 * stdout and exits 0; an unknown option, a missing value or a bad value prints one plain
 * sentence and the usage on stderr and exits 2; a failure past the arguments prints one
 * sentence and exits 1 (the stack only with DEBUG set). node:util's parseArgs underneath;
 * its messages are rewritten as sentences.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ContentError } from '../content/content.ts';
import { SetupError } from '../rules/setup.ts';

export interface Tool {
  /** As the user types it after `npm run`: "simulate", "deck:pdf". */
  name: string;
  /** The whole usage text, starting with "usage: npm run …". */
  usage: string;
}

/** A mistake in the command line, said as one sentence. */
export class UsageError extends Error {}

type Config = Pick<ParseArgsConfig, 'options' | 'allowPositionals'>;
type Parsed<C extends Config> = ReturnType<typeof parseArgs<C & { strict: true }>>;

/** parseArgs' messages ("Unknown option '--x'", "Option '--games <value>' argument missing") as sentences. */
function sentence(err: Error & { code?: string }): string {
  const option = /'(-[^' ]+)/.exec(err.message)?.[1] ?? '';
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `${option} is not an option`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `"${/'([^']*)'/.exec(err.message)?.[1]}" is not an option (this tool takes no folder or file)`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take/.test(err.message) ? `${option} takes no value` : `${option} needs a value`;
    default:
      return err.message;
  }
}

/**
 * Reads the command line (`--help` and `-h` are added to the options). Throws UsageError with
 * a sentence; returns null when help was asked.
 */
export function readArgs<const C extends Config>(config: C, argv: string[]): Parsed<C> | null {
  let parsed;
  try {
    parsed = parseArgs({ ...config, args: argv, strict: true, options: { ...config.options, help: { type: 'boolean', short: 'h' } } });
  } catch (err) {
    // Even a mistake beside --help is answered with the help.
    if (argv.includes('--help') || argv.includes('-h')) return null;
    throw new UsageError(sentence(err as Error));
  }
  if ((parsed.values as { help?: boolean }).help) return null;
  return parsed as unknown as Parsed<C>;
}

/**
 * Reads the command line of `tool`, or answers --help (exit 0) or a mistake (exit 2) and ends
 * the process. From here on an uncaught error ends the tool with one sentence, never a stack.
 */
export function toolArgs<const C extends Config>(tool: Tool, config: C, argv = process.argv.slice(2)): Parsed<C> {
  onFailure(tool);
  let parsed;
  try {
    parsed = readArgs(config, argv);
  } catch (err) {
    if (err instanceof UsageError) usageError(tool, err.message);
    throw err;
  }
  if (parsed === null) {
    process.stdout.write(`${tool.usage}\n`);
    process.exit(0);
  }
  return parsed;
}

/** A bad value or a wrong number of folders: the sentence, the usage, exit 2. */
export function usageError(tool: Tool, message: string): never {
  process.stderr.write(`${message}\n${tool.usage}\n`);
  process.exit(2);
}

/** A whole number of at least `min`, or exit 2 naming the option. */
export function wholeNumber(tool: Tool, option: string, text: string, min = 0): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min) usageError(tool, `--${option} must be a whole number of at least ${min}, not "${text}"`);
  return n;
}

/** One of the given words, or exit 2 naming them. */
export function oneOf<const T extends string>(tool: Tool, option: string, text: string, choices: readonly T[]): T {
  const found = choices.find((c) => c === text);
  if (found === undefined) usageError(tool, `--${option} must be ${choices.slice(0, -1).join(', ')}${choices.length > 1 ? ' or ' : ''}${choices.at(-1)}, not "${text}"`);
  return found;
}

/**
 * Whatever fails past the arguments ends as one sentence: a UsageError, a deck with errors
 * (ContentError) or a scenario or table size it lacks (SetupError) with the usage and exit 2, anything else as
 * "TOOL failed: …" and exit 1 (a bug, not a user's mistake; DEBUG=1 shows the stack).
 */
function onFailure(tool: Tool): void {
  const failed = (err: unknown) => {
    // A deck with errors or a scenario it lacks is the user's to fix, like a bad option.
    if (err instanceof UsageError || err instanceof ContentError || err instanceof SetupError) usageError(tool, err.message);
    process.stderr.write(`${tool.name} failed: ${err instanceof Error ? err.message : String(err)}\n`);
    if (process.env.DEBUG) console.error(err);
    process.exit(1);
  };
  process.on('uncaughtException', failed);
  process.on('unhandledRejection', failed);
}
