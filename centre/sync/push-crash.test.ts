/**
 * The centre process is killed (SIGKILL) in the middle of a push transaction and started again:
 * nothing of the batch is there, the device's sequence did not move, and the station's retry
 * applies the batch exactly once. A real child process over a real SQLite file or PostgreSQL.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { openStore } from '../db/store';
import { createEnrolmentCode } from '../enrolment/enrolment';
import { STORE_KINDS, TEST_DATABASE_URL } from '../testing/test-store';
import { encodeHlc } from '../../shared/clock/hlc';
import { PROTOCOL_VERSION } from '../../shared/sync/protocol';
import type { StoreLocation } from '../db/dialect';

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');

function startCentre(env: Record<string, string>): { child: ChildProcess; url: Promise<string>; printed: (p: RegExp) => Promise<void> } {
  // Its own process group: tsx runs the centre in a child node process, and a SIGKILL must reach it.
  const child = spawn(TSX, ['centre/cli.ts'], { env: { ...process.env, PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let out = '';
  const url = new Promise<string>((resolve, reject) => {
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`centre exited (${code}) before listening: ${out}`)));
  });
  const printed = async (pattern: RegExp) => {
    for (let i = 0; i < 600 && !pattern.test(out); i++) await new Promise((r) => setTimeout(r, 50));
    if (!pattern.test(out)) throw new Error(`never printed ${pattern}: ${out}`);
  };
  return { child, url, printed };
}

/** The pushed volunteers' changes and records (a starting centre writes its catalogue too). */
async function counts(loc: StoreLocation) {
  const store = await openStore(loc);
  try {
    const changes = await store.db.selectFrom('changes').where('tbl', '=', 'volunteers').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const records = await store.db.selectFrom('records').where('tbl', '=', 'volunteers').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const device = await store.db.selectFrom('devices').select('last_seq_applied').executeTakeFirstOrThrow();
    return { changes: Number(changes.n), records: Number(records.n), lastSeq: Number(device.last_seq_applied) };
  } finally {
    await store.close();
  }
}

describe.each(STORE_KINDS)('a centre killed mid-push over %s', (kind) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it('keeps nothing of the batch, and the retry after the restart applies it once', async () => {
    let loc: StoreLocation;
    let env: Record<string, string>;
    if (kind === 'sqlite') {
      const dir = mkdtempSync(join(tmpdir(), 'lianxin-crash-'));
      cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
      loc = { dataDir: dir };
      env = { DATA_DIR: dir, DATABASE_URL: '' };
    } else {
      const name = `lianxin_crash_${process.pid}_${Date.now()}`;
      const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const u = new URL(TEST_DATABASE_URL);
      u.pathname = `/${name}`;
      loc = { databaseUrl: u.toString() };
      env = { DATABASE_URL: u.toString() };
      cleanups.push(async () => {
        const c = new pg.Client({ connectionString: TEST_DATABASE_URL });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      });
    }
    const store = await openStore(loc);
    const { code } = await createEnrolmentCode(store, 'JX/NH/T01/V001');
    await store.close();

    const first = startCentre({ ...env, LIANXIN_FAULT_PAUSE_BEFORE_RECORDS_MS: '60000' });
    const url = await first.url;
    const enrolled = (await (await fetch(`${url}/api/sync/enrol`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, label: 'PC', appVersion: '0.1.0' }) })).json()) as { deviceId: string; credential: string };
    const at = new Date().toISOString();
    const mutations = Array.from({ length: 50 }, (_, i) => ({
      mutationId: `m${i + 1}`, seq: i + 1, table: 'volunteers', recordId: `v${i}`, orgPath: 'JX/NH/T01/V001', op: 'upsert',
      fields: { id: `v${i}`, orgPath: 'JX/NH/T01/V001', createdAt: at, updatedAt: at, updatedBy: 'op', name: `志愿者${i}` },
      hlc: encodeHlc({ wall: Date.now(), counter: i, node: enrolled.deviceId }), operatorId: 'op',
    }));
    const push = (base: string) =>
      fetch(`${base}/api/sync/push`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${enrolled.credential}` },
        body: JSON.stringify({ protocol: PROTOCOL_VERSION, schemaVersion: 4, appVersion: '0.1.0', mutations }),
      });
    const lost = push(url).then(() => 'answered', () => 'connection lost');
    // The change log of the batch is written and the transaction is paused: kill it there.
    await first.printed(/push paused before writing records/);
    const exited = new Promise((r) => first.child.on('exit', r));
    process.kill(-(first.child.pid as number), 'SIGKILL');
    await exited;
    expect(await lost).toBe('connection lost');
    expect(await counts(loc)).toEqual({ changes: 0, records: 0, lastSeq: 0 });

    const second = startCentre(env);
    cleanups.push(async () => {
      process.kill(-(second.child.pid as number), 'SIGTERM');
    });
    const url2 = await second.url;
    const retry = (await (await push(url2)).json()) as { acknowledgedThrough: number; rejected: unknown[] };
    expect(retry).toMatchObject({ acknowledgedThrough: 50, rejected: [] });
    const again = (await (await push(url2)).json()) as { acknowledgedThrough: number };
    expect(again.acknowledgedThrough).toBe(50);
    expect(await counts(loc)).toEqual({ changes: 50, records: 50, lastSeq: 50 });
  }, 120_000);
});
