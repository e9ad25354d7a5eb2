import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildIsStale, newestMtime } from './station-build';

const root = mkdtempSync(join(tmpdir(), 'lianxin-build-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function file(path: string, mtimeSec: number): string {
  const full = join(root, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, 'x');
  utimesSync(full, mtimeSec, mtimeSec);
  return full;
}

describe('buildIsStale', () => {
  it('is stale when the build is missing', () => {
    expect(buildIsStale(join(root, 'dist', 'index.html'), [join(root, 'renderer')])).toBe(true);
  });

  it('compares the build with the newest source file, however deep', () => {
    const built = file('dist/index.html', 2000);
    file('renderer/src/App.tsx', 1000);
    file('shared/domain/x.ts', 1500);
    const sources = [join(root, 'renderer'), join(root, 'shared')];
    expect(newestMtime(sources)).toBe(1_500_000);
    expect(buildIsStale(built, sources)).toBe(false);
    file('shared/org/deep/er/y.ts', 2500);
    expect(buildIsStale(built, sources)).toBe(true);
  });

  it('ignores node_modules and missing source folders', () => {
    const built = file('dist2/index.html', 2000);
    file('pkg/node_modules/z.js', 9000);
    file('pkg/a.ts', 100);
    expect(buildIsStale(built, [join(root, 'pkg'), join(root, 'nowhere')])).toBe(false);
  });
});
