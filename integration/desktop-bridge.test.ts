/**
 * The desktop app's way to the centre, end to end in one process: the station's real sync
 * client (no fetch of its own, as in the installed app) calls the bridge; the bridge's centre
 * methods are the main process's own code (electron/centre-link.ts, arguments checked by
 * electron/ipc-schemas.ts); main's fetch reaches the real centre. Real Dexie (fake-indexeddb),
 * real centre on SQLite and PostgreSQL.
 */
import 'fake-indexeddb/auto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createStore } from 'zustand/vanilla';
import type { LianxinBridge } from '../shared/bridge';
import { buildCentre } from '../centre/app';
import { createEnrolmentCode } from '../centre/enrolment/enrolment';
import { STORE_KINDS, useTestStore } from '../centre/testing/test-store';
import { centreBridge } from '../electron/centre-bridge';
import { CentreLink } from '../electron/centre-link';
import { parseBridgeArguments } from '../electron/ipc-schemas';
import { readShellSettings, writeCentreAddress } from '../electron/settings';
import { LianxinDb } from '../renderer/src/db/schema';
import { DataLayer } from '../renderer/src/db/data-layer';
import { changeCentreAddress, enrol } from '../renderer/src/sync/enrolment';
import { SyncError } from '../renderer/src/sync/errors';
import { ENROLMENT_KEY } from '../renderer/src/sync/local-state';
import { inProcessLocks } from '../renderer/src/sync/locks';
import { SyncRunner } from '../renderer/src/sync/runner';
import { initialSyncStatus, type SyncStatus } from '../renderer/src/sync/status-store';
import { injectFetch } from './harness/inject-fetch';
import { mulberry32 } from './harness/random';

const STATION = 'JX/NH/T10';
const CENTRE = 'http://centre.jx96345.example:8345';
const clerk = { operatorId: 'op-1', stationPath: STATION };

/** The bridge as the preload exposes it, each centre call checked and answered as main does. */
function desktopBridgeOver(link: CentreLink, calls: string[]): LianxinBridge {
  const toCentre = centreBridge(link);
  const call = <M extends keyof typeof toCentre>(method: M) =>
    ((...args: unknown[]) => {
      calls.push(method);
      return (toCentre[method] as (...a: unknown[]) => unknown)(...parseBridgeArguments(method, args));
    }) as LianxinBridge[M];
  const absent = () => Promise.reject(new Error('not used here'));
  return {
    appVersion: async () => '0.1.0',
    saveFile: absent, openFile: absent, printToPdf: absent,
    centreAddress: call('centreAddress'),
    setCentreAddress: call('setCentreAddress'),
    centreRequest: call('centreRequest'),
  };
}

describe.each(STORE_KINDS)('the installed app reaches the centre through main, on %s', (kind) => {
  const test = useTestStore(kind);
  let app: FastifyInstance;
  let sent: string[];
  beforeAll(async () => {
    app = buildCentre({ store: test.store });
    await app.ready();
  });
  afterAll(() => app.close());
  afterEach(() => {
    delete (globalThis as { window?: unknown }).window;
  });

  async function desktopStation() {
    const userData = mkdtempSync(join(tmpdir(), 'lianxin-user-data-'));
    const net = injectFetch(app, mulberry32(3));
    sent = [];
    const link = new CentreLink({
      fetch: (url, init) => {
        sent.push(url);
        return net.fetch(url, init);
      },
      address: readShellSettings({}, userData, '/opt/Lianxin').centreAddress,
      keepAddress: (address) => writeCentreAddress(userData, address),
      gzipAbove: 1024,
    });
    const calls: string[] = [];
    (globalThis as { window?: unknown }).window = { lianxin: desktopBridgeOver(link, calls) };
    const db = new LianxinDb(`it-bridge-${Math.random().toString(36).slice(2)}`);
    await db.open();
    await db.meta.put({ key: 'station', value: { orgPath: STATION, setUpAt: new Date().toISOString(), lockAfterMinutes: 5 } });
    return { db, userData, calls, link };
  }

  it('enrols, keeps the address in settings.json, pushes (gzipped by main) and pulls', async () => {
    const { db, userData, calls } = await desktopStation();
    const { code } = await createEnrolmentCode(test.store, STATION);
    await enrol(db, { centreUrl: `${CENTRE}/`, code, label: 'pc', appVersion: '0.1.0', stationPath: STATION });
    expect(JSON.parse(readFileSync(join(userData, 'settings.json'), 'utf8'))).toEqual({ centreUrl: CENTRE });
    expect(calls.slice(0, 3)).toEqual(['setCentreAddress', 'centreRequest', 'centreRequest']);
    expect(sent.slice(0, 2)).toEqual([`${CENTRE}/api/health`, `${CENTRE}/api/sync/enrol`]);

    const data = new DataLayer(db);
    const volunteers = Array.from({ length: 40 }, (_, i) => ({
      id: `vol-bridge-${kind}-${i}`, orgPath: STATION, name: `测试志愿者${i}`, gender: 'female', mobile: '13905731234', skills: [], teamIds: [], politicalStatus: 'partyMember', availability: [],
    }));
    await data.createMany(clerk as never, 'volunteers', volunteers as never);
    const status = createStore<SyncStatus>(() => initialSyncStatus());
    const runner = new SyncRunner({ db, appVersion: '0.1.0', status, locks: inProcessLocks(), isOnline: () => true, scheduleRetry: () => () => undefined });
    expect(await runner.syncNow()).toBe('done');
    expect(await db.outbox.count()).toBe(0);
    const stored = await test.store.db.selectFrom('records').select('id').where('tbl', '=', 'volunteers').where('id', 'like', `vol-bridge-${kind}-%`).execute();
    expect(stored).toHaveLength(40);
    expect(sent.some((url) => url.startsWith(`${CENTRE}/api/sync/pull`))).toBe(true);
    db.close();
  });

  it('names a wrong address plainly and leaves a working station pointed where it was', async () => {
    const { db, link } = await desktopStation();
    const { code } = await createEnrolmentCode(test.store, STATION);
    await enrol(db, { centreUrl: CENTRE, code, label: 'pc', appVersion: '0.1.0', stationPath: STATION });
    // Not a Lianxin centre there: the same in-process server answers, but under a path prefix with no API.
    const wrong = `${CENTRE}/elsewhere`;
    await expect(changeCentreAddress(db, wrong)).rejects.toSatisfy((e) => e instanceof SyncError && e.kind === 'notCentre');
    expect(link.address()).toBe(CENTRE);
    expect((await db.meta.get(ENROLMENT_KEY))?.value).toMatchObject({ centreUrl: CENTRE });
    await expect(changeCentreAddress(db, 'ftp://centre.example')).rejects.toThrow(/scheme/);
    db.close();
  });
});
