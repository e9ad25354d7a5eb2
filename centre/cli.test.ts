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
    expect(cli.output()).toMatch(/Admin token for \/admin .*: [A-Za-z0-9_-]{43}/);
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

  it('makes enrolment codes, lists and revokes devices, and rotates the admin token', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lianxin-cli-admin-'));
    try {
      const env = { DATA_DIR: dir };
      const enrol = runCli(['enrol', 'JX/NH/T01/V001', '--label', '一村', '--expires-hours', '48'], env);
      expect(await enrol.exited).toBe(0);
      const [, code] = await enrol.waitFor(/Enrolment code for JX\/NH\/T01\/V001: ([2-9A-Z-]{14})/);
      const { openStore } = await import('./db/store');
      const { redeemCode } = await import('./enrolment/enrolment');
      const store = await openStore({ dataDir: dir });
      const { deviceId } = await redeemCode(store, code as string, '村委会电脑');
      await store.close();
      const list = runCli(['devices'], env);
      expect(await list.exited).toBe(0);
      expect(list.output()).toMatch(new RegExp(`${deviceId}\tJX/NH/T01/V001\t村委会电脑.*active`));
      const revoke = runCli(['revoke', deviceId], env);
      expect(await revoke.exited).toBe(0);
      const after = runCli(['devices'], env);
      await after.exited;
      expect(after.output()).toMatch(/REVOKED/);
      const missing = runCli(['revoke', 'dev_nope'], env);
      expect(await missing.exited).toBe(1);
      const bad = runCli(['enrol', 'nowhere'], env);
      expect(await bad.exited).toBe(2);
      expect(bad.output()).toMatch(/not an org path/);
      const token = runCli(['admin-token'], env);
      expect(await token.exited).toBe(0);
      expect(token.output()).toMatch(/New admin token .*: [A-Za-z0-9_-]{43}/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
