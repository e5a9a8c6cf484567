/**
 * A Vite plugin that writes a brotli (.br) and a gzip (.gz) copy beside every text file of the
 * build, at the strongest settings, once at build time. The server (koa-send behind
 * koa-static) sends the copy the browser accepts, so nothing is compressed per request and a
 * player on a slow link downloads a quarter of the bytes.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const TEXT = /\.(js|mjs|css|html|svg|json|txt|map|ico)$/;
/** Smaller files gain nothing worth a second request header's worth of bytes. */
const MIN_BYTES = 1024;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Writes the .br and .gz copies of every text file under dir. */
export function compressFiles(dir: string): void {
  for (const path of files(dir)) {
    if (!TEXT.test(path)) continue;
    const body = readFileSync(path);
    if (body.length < MIN_BYTES) continue;
    writeFileSync(`${path}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }));
    writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
  }
}

export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'soc-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    writeBundle() {
      compressFiles(outDir);
    },
  };
}
