import { test as base, expect } from '@playwright/test';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';

/** A real centre process (`npm run demo`'s server) on a fresh data folder and a free port. */
export interface CentreProcess {
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** A one-time enrolment code made by the centre's own CLI, as its administrator would. */
  enrolmentCode(orgPath: string): Promise<string>;
  /** A fresh admin token for /admin, from the centre's CLI. */
  adminToken(): Promise<string>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`centre exited with ${child.exitCode}:\n${log()}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`centre did not become healthy:\n${log()}`);
}

/**
 * Which renderer build the centre serves: the production build (what stations run), or the e2e
 * build (`npm run build:renderer-e2e`), which alone carries the helpers that load hundreds of
 * demo requests at once (renderer/src/app/test-hooks.ts). Only specs that need them choose it.
 */
export type StationBuild = 'production' | 'e2e';
const BUILD_DIRS: Record<StationBuild, string> = { production: 'dist/renderer', e2e: 'dist/renderer-e2e' };

export const test = base.extend<{ centre: CentreProcess; stationBuild: StationBuild }>({
  stationBuild: ['production', { option: true }],
  centre: async ({ stationBuild }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lianxin-e2e-'));
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const env = { ...process.env, PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: '', STATIC_DIR: BUILD_DIRS[stationBuild] };
    let child: ChildProcess | null = null;
    let output = '';
    const start = async () => {
      output = '';
      child = spawn(process.execPath, ['--import', 'tsx', 'scripts/demo.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout?.on('data', (d) => (output += d));
      child.stderr?.on('data', (d) => (output += d));
      await waitForHealth(url, child, () => output);
    };
    const stop = async () => {
      const c = child;
      if (!c || c.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        // A centre that has not stopped 15 s after SIGTERM is killed, and said so with its log,
        // rather than hanging the test's teardown (seen once in CI; not reproduced since).
        const kill = setTimeout(() => {
          console.warn(`[e2e] the centre did not stop within 15 s of SIGTERM; killing it. Its output:\n${output.slice(-4000)}`);
          c.kill('SIGKILL');
        }, 15_000);
        c.once('exit', () => {
          clearTimeout(kill);
          resolve();
        });
        c.kill('SIGTERM');
      });
    };
    const enrolmentCode = async (orgPath: string) => {
      const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'centre/cli.ts', 'enrol', orgPath], { env });
      const code = /: ([A-Z0-9-]{6,})\s*$/m.exec(stdout)?.[1];
      if (!code) throw new Error(`no code in: ${stdout}`);
      return code;
    };
    const adminToken = async () => {
      const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'centre/cli.ts', 'admin-token'], { env });
      const token = /: (\S{20,})\s*$/m.exec(stdout)?.[1];
      if (!token) throw new Error(`no token in: ${stdout}`);
      return token;
    };
    await start();
    await use({ url, start, stop, enrolmentCode, adminToken });
    await stop();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };
