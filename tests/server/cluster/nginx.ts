/**
 * A real nginx for tests, running deploy/nginx.conf as shipped, with only the instances'
 * ports and nginx's own port filled in, inside a minimal main configuration in a temporary
 * prefix (`nginx -p DIR -c DIR/nginx.conf -e DIR/error.log -g 'daemon off;'`).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SITE = join(import.meta.dirname, '../../../deploy/nginx.conf');

function nginxBinary(): string | undefined {
  for (const candidate of ['/usr/sbin/nginx', '/usr/bin/nginx']) {
    if (spawnSync(candidate, ['-v']).status === 0) return candidate;
  }
  return undefined;
}

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** deploy/nginx.conf with these instance ports and this listening port. */
function siteFor(instancePorts: number[], listenPort: number): string {
  const site = readFileSync(SITE, 'utf8');
  const servers = /^(\s*)server 127\.0\.0\.1:\d+( [^;]*)?;\n/gm;
  const first = servers.exec(site);
  if (!first) throw new Error('deploy/nginx.conf has no "server 127.0.0.1:PORT" line in its upstream');
  const indent = first[1];
  const options = first[2] ?? '';
  const lines = instancePorts.map((p) => `${indent}server 127.0.0.1:${p}${options};\n`).join('');
  let replaced = false;
  const withServers = site.replace(servers, () => {
    if (replaced) return '';
    replaced = true;
    return lines;
  });
  if (!/listen 8000;/.test(withServers)) throw new Error('deploy/nginx.conf does not listen on 8000');
  return withServers.replace('listen 8000;', `listen 127.0.0.1:${listenPort};`);
}

export interface Nginx {
  url: string;
  port: number;
  process: ChildProcess;
  errors: () => string;
  stop: () => Promise<void>;
}

export async function startNginx(instancePorts: number[]): Promise<Nginx> {
  const binary = nginxBinary();
  if (!binary) throw new Error('nginx is not installed (apt-get install -y nginx)');
  const dir = mkdtempSync(join(tmpdir(), 'soc-nginx-'));
  // As root, nginx's workers run as nobody: they must reach the temp folders.
  chmodSync(dir, 0o755);
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) {
    mkdirSync(join(dir, sub));
    chmodSync(join(dir, sub), 0o777);
  }
  const port = await freePort();
  writeFileSync(join(dir, 'site.conf'), siteFor(instancePorts, port));
  writeFileSync(
    join(dir, 'nginx.conf'),
    `worker_processes 1;
pid ${dir}/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/site.conf;
}
`,
  );
  const errorLog = join(dir, 'error.log');
  const check = spawnSync(binary, ['-t', '-p', dir, '-c', join(dir, 'nginx.conf'), '-e', errorLog]);
  if (check.status !== 0) throw new Error(`nginx refuses the configuration:\n${check.stderr.toString()}`);
  const child = spawn(binary, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', errorLog, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d.toString()));
  const errors = () => {
    let log = '';
    try {
      log = readFileSync(errorLog, 'utf8');
    } catch {
      /* not written yet */
    }
    return stderr + log;
  };
  const url = `http://127.0.0.1:${port}`;
  const end = Date.now() + 10_000;
  for (;;) {
    try {
      await fetch(`${url}/healthz`);
      break;
    } catch {
      if (child.exitCode !== null || Date.now() > end) throw new Error(`nginx did not start:\n${errors()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    url,
    port,
    process: child,
    errors,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGQUIT');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
