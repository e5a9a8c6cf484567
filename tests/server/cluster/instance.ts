/**
 * A server instance as its own process for the cluster tests: `node --import tsx
 * src/server/main.ts`, one process, so that a signal reaches the server itself (the `tsx`
 * command runs the server in a child process of its own: a SIGKILL to it would leave the
 * server running).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { portWhenListening } from '../helpers/process.ts';

const ROOT = join(import.meta.dirname, '../../..');

export interface Instance {
  child: ChildProcess;
  url: string;
  port: number;
  output: () => string;
  exited: Promise<number | string>;
  /** SIGTERM, and wait for the exit (SIGKILL after `graceMs`). */
  stop: (graceMs?: number) => Promise<void>;
}

export async function startInstance(env: Record<string, string>, ms = 90_000): Promise<Instance> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/server/main.ts')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'production', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', BOT_DELAY_MS: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d.toString()));
  child.stderr!.on('data', (d) => (out += d.toString()));
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  const stop = async (graceMs = 15_000) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  };
  try {
    const port = await portWhenListening(child, () => out, exited, ms);
    return { child, url: `http://127.0.0.1:${port}`, port, output: () => out, exited, stop };
  } catch (err) {
    child.kill('SIGKILL');
    throw new Error(`the instance did not start: ${(err as Error).message}\n${out}`);
  }
}
