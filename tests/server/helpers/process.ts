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

/** Starts the server and waits until it listens. */
export async function startServerProcess(env: Record<string, string>, ms = 20_000): Promise<ServerProcess> {
  const run = runServer(env);
  const end = Date.now() + ms;
  for (;;) {
    const line = run.stdout().split('\n').find((l) => l.includes('School of Commons on'));
    if (line) {
      const { port } = JSON.parse(line) as { port: number };
      return { ...run, url: `http://127.0.0.1:${port}` };
    }
    if (run.child.exitCode !== null || Date.now() > end) {
      run.child.kill('SIGKILL');
      throw new Error(`the server did not start:\n${run.stdout()}\n${run.stderr()}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
