import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clientBuildNeed } from '../../src/server/client-build.ts';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function touch(path: string, secondsAgo: number): void {
  const t = Date.now() / 1000 - secondsAgo;
  utimesSync(path, t, t);
}

describe('when npm start builds the client', () => {
  it('does not build without client sources, builds when missing or stale, not when fresh', () => {
    root = mkdtempSync(join(tmpdir(), 'soc-build-'));
    const dist = join(root, 'dist/client');
    expect(clientBuildNeed(root, dist)).toBe('noSources');
    mkdirSync(join(root, 'src/client/ui'), { recursive: true });
    writeFileSync(join(root, 'src/client/index.html'), '<!doctype html>');
    writeFileSync(join(root, 'src/client/ui/app.tsx'), 'export {}');
    touch(join(root, 'src/client/index.html'), 100);
    touch(join(root, 'src/client/ui/app.tsx'), 100);
    touch(join(root, 'src/client/ui'), 100);
    touch(join(root, 'src/client'), 100);
    expect(clientBuildNeed(root, dist)).toBe('missing');
    mkdirSync(dist, { recursive: true });
    writeFileSync(join(dist, 'index.html'), 'built');
    touch(join(dist, 'index.html'), 50);
    expect(clientBuildNeed(root, dist)).toBe('fresh');
    touch(join(root, 'src/client/ui/app.tsx'), 10);
    expect(clientBuildNeed(root, dist)).toBe('stale');
  });
});
