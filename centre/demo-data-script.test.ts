import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, countRecords } from './db/store';

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const dataDir = mkdtempSync(join(tmpdir(), 'lianxin-demo-data-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function demoData(args: string[]): Promise<{ code: number | null; out: string }> {
  const child = spawn(TSX, ['scripts/demo-data.ts', ...args], { env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, out })));
}

describe('npm run demo-data', { timeout: 120_000 }, () => {
  it('seeds the asked-for city into the SQLite store, then finds it already there', async () => {
    const first = await demoData(['--volunteers', '40', '--requests', '60', '--residents', '10', '--seed', '3']);
    expect(first.code, first.out).toBe(0);
    expect(first.out).toMatch(/seeding requests 60\/60 · 100%/);
    expect(first.out).toMatch(/"volunteers":40.*seeded in/);
    const again = await demoData(['--volunteers', '40', '--requests', '60', '--residents', '10', '--seed', '3']);
    expect(again.out).toMatch(/already there/);
    const store = await openStore({ dataDir });
    expect(await countRecords(store, 'volunteers')).toBe(40);
    expect(await countRecords(store, 'requests')).toBe(60);
    await store.close();
  });

  it('exits with 2 and a reason for bad arguments or a different city without --reset', async () => {
    const [bad, other] = await Promise.all([demoData(['--volunteers', 'lots']), demoData(['--volunteers', '5'])]);
    expect([bad.code, other.code]).toEqual([2, 2]);
    expect(bad.out).toMatch(/--volunteers must be a whole number/);
    expect(other.out).toMatch(/use --reset/);
  });
});
