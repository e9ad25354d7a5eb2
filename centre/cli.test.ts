import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const dataDir = mkdtempSync(join(tmpdir(), 'lianxin-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function runCli(args: string[], env: Record<string, string>) {
  const child = spawn(TSX, ['centre/cli.ts', ...args], { env: { ...process.env, DATABASE_URL: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitFor = async (pattern: RegExp): Promise<RegExpMatchArray> => {
    for (let i = 0; i < 200; i++) {
      const m = out.match(pattern);
      if (m) return m;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`never printed ${pattern}: ${out}`);
  };
  return { child, exited, waitFor, output: () => out };
}

describe('npm run centre', () => {
  it('serves, says where and on which store, and stops cleanly on SIGTERM', async () => {
    const cli = runCli([], { PORT: '0', DATA_DIR: dataDir });
    const [, url] = await cli.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
    expect(cli.output()).toContain(`Store: sqlite (${join(dataDir, 'centre.sqlite')})`);
    const health = (await (await fetch(`${url}/api/health`)).json()) as { ok: boolean; store: string };
    expect(health).toMatchObject({ ok: true, store: 'sqlite' });
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
  });

  it('refuses a bad port and an unknown command with usage and exit code 2', async () => {
    const badPort = runCli([], { PORT: 'eighty', DATA_DIR: dataDir });
    const unknown = runCli(['frobnicate'], { DATA_DIR: dataDir });
    expect(await Promise.all([badPort.exited, unknown.exited])).toEqual([2, 2]);
    expect(badPort.output()).toMatch(/PORT must be a whole number/);
    expect(unknown.output()).toMatch(/Unknown command: frobnicate[\s\S]*Usage/);
  });
});
