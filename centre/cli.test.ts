import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { centreConfig } from './config';
import { openStore } from './db/store';
import { redeemCode } from './enrolment/enrolment';
import { signIn } from './accounts/sign-in';
import { listAudit } from './accounts/audit';
import { runAdminCommand, type AdminCommand } from './admin-commands';

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
    for (let i = 0; i < 1200; i++) {
      const m = out.match(pattern);
      if (m) return m;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`never printed ${pattern}: ${out}`);
  };
  return { child, exited, waitFor, output: () => out };
}

describe('npm run centre', { timeout: 90_000 }, () => {
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
      // One real child process for the command line; the other commands run in-process (each
      // child costs seconds on a loaded machine) through the same function the CLI calls.
      const enrol = runCli(['enrol', 'JX/NH/T01/V001', '--label', '一村', '--expires-hours', '48'], { DATA_DIR: dir });
      expect(await enrol.exited).toBe(0);
      const [, code] = await enrol.waitFor(/Enrolment code for JX\/NH\/T01\/V001: ([2-9A-Z-]{14})/);
      const config = centreConfig({ DATA_DIR: dir });
      const store = await openStore({ dataDir: dir });
      const { deviceId } = await redeemCode(store, code as string, '村委会电脑');
      await store.close();
      const run = async (command: AdminCommand, rest: string[] = []) => {
        const lines: string[] = [];
        const status = await runAdminCommand(command, { rest }, config, (l) => lines.push(l));
        return { status, out: lines.join('\n') };
      };
      expect((await run('devices')).out).toMatch(new RegExp(`${deviceId}\tJX/NH/T01/V001\tseat 1\t村委会电脑.*active`));
      expect((await run('revoke', [deviceId])).status).toBe(0);
      expect((await run('devices')).out).toMatch(/REVOKED/);
      expect((await run('revoke', ['dev_nope'])).status).toBe(1);
      await expect(run('enrol', ['nowhere'])).rejects.toThrow(/not an org path/);
      const token = await run('admin-token');
      expect(token.out).toMatch(/New admin token .*: [A-Za-z0-9_-]{43}/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('adds administrator accounts with the password from ADMIN_PASSWORD or piped stdin, never from a flag', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lianxin-cli-accounts-'));
    try {
      const byEnv = runCli(['admin-account', 'add', '南湖区管理员', '--role', 'county', '--county', 'JX/NH'], { DATA_DIR: dir, ADMIN_PASSWORD: 'nanhu password' });
      expect(await byEnv.exited).toBe(0);
      expect(byEnv.output()).toMatch(/Administrator 南湖区管理员 added \(county JX\/NH\)/);
      const piped = spawn(TSX, ['centre/cli.ts', 'admin-account', 'add', 'city-admin', '--role', 'city'], { env: { ...process.env, DATABASE_URL: '', DATA_DIR: dir, ADMIN_PASSWORD: '' }, stdio: ['pipe', 'pipe', 'pipe'] });
      piped.stdin.end('piped city password\n');
      expect(await new Promise((resolve) => piped.on('exit', resolve))).toBe(0);
      const config = centreConfig({ DATA_DIR: dir });
      const lines: string[] = [];
      const run = (rest: string[], extra: { role?: string; county?: string; password?: string } = {}) =>
        runAdminCommand('admin-account', { rest, role: extra.role, county: extra.county, readPassword: async () => extra.password ?? 'a long password' }, config, (l) => lines.push(l));
      await expect(run(['add', 'x'], { role: 'county', county: 'JX/NH/T01' })).rejects.toThrow(/county org path/);
      await expect(run(['add', 'x'], { role: 'city', password: 'short' })).rejects.toThrow(/at least 10/);
      await expect(run(['add', '南湖区管理员'], { role: 'city' })).rejects.toThrow(/exists/);
      await expect(run(['add'])).rejects.toThrow(/admin-account takes/);
      expect(await run(['list'])).toBe(0);
      expect(lines).toEqual([expect.stringMatching(/^city-admin\tcity\t-\tactive/), expect.stringMatching(/^南湖区管理员\tcounty\tJX\/NH\tactive/)]);
      const store = await openStore({ dataDir: dir });
      try {
        expect(await signIn(store, '南湖区管理员', 'nanhu password')).toMatchObject({ ok: true, account: { role: 'county', countyPath: 'JX/NH' } });
        expect(await signIn(store, 'city-admin', 'piped city password')).toMatchObject({ ok: true, account: { role: 'city' } });
        expect((await listAudit(store)).map((e) => [e.actorName, e.action, e.target])).toEqual([['command line', 'account.create', 'city-admin'], ['command line', 'account.create', '南湖区管理员']]);
      } finally {
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
