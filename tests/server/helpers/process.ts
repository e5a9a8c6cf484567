/**
 * The real server as a child process (`node --import tsx src/server/main.ts`), for crash, restart and
 * shutdown tests. It listens on 127.0.0.1, port 0; the port is read from its start-up log.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../../..');
// Node itself with tsx as a loader: the `tsx` command would run the server in a child process
// of its own, so a kill -9 would hit the wrapper and leave the real server running.

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the exit code (or the signal's name). */
  exited: Promise<number | string>;
}

export function runServer(env: Record<string, string>): { child: ChildProcess; stdout: () => string; stderr: () => string; exited: Promise<number | string> } {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/server/main.ts')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'production', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', BOT_DELAY_MS: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d.toString()));
  child.stderr!.on('data', (d) => (err += d.toString()));
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  return { child, stdout: () => out, stderr: () => err, exited };
}

/**
 * The port from the server's start-up line, as soon as it prints it: looked for at each chunk of
 * its output, so no polling. Fails when the server exits first or after `ms`.
 */
export function portWhenListening(child: ChildProcess, output: () => string, exited: Promise<number | string>, ms: number): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.stdout!.off('data', look);
      outcome();
    };
    // Registered after the output is gathered, so output() holds the chunk already; only whole lines count.
    function look() {
      const line = output().split('\n').slice(0, -1).find((l) => l.includes('School of Commons on'));
      if (line) finish(() => resolve((JSON.parse(line) as { port: number }).port));
    }
    const timer = setTimeout(() => finish(() => reject(new Error(`no start-up line within ${ms} ms`))), ms);
    void exited.then((code) => finish(() => reject(new Error(`it exited (${code}) before listening`))));
    child.stdout!.on('data', look);
    look();
  });
}

/** Starts the server and waits until it listens. */
export async function startServerProcess(env: Record<string, string>, ms = 20_000): Promise<ServerProcess> {
  const run = runServer(env);
  try {
    const port = await portWhenListening(run.child, run.stdout, run.exited, ms);
    return { ...run, url: `http://127.0.0.1:${port}` };
  } catch (err) {
    run.child.kill('SIGKILL');
    throw new Error(`the server did not start: ${(err as Error).message}\n${run.stdout()}\n${run.stderr()}`);
  }
}
