/**
 * Most integration suites start the same way: the real centre on one of the test stores, and
 * real stations (Dexie on fake-indexeddb) enrolled in it with codes the centre made, all over
 * one seeded, lossy fetch. Opened before the suite's tests and closed after them.
 */
import { afterAll, beforeAll } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildCentre } from '../../centre/app';
import { createEnrolmentCode } from '../../centre/enrolment/enrolment';
import { useTestStore, type TestStore } from '../../centre/testing/test-store';
import type { StoreKind } from '../../centre/db/schema';
import type { OrgPath } from '../../shared/org/org-path';
import { mulberry32 } from './random';
import { injectFetch } from './inject-fetch';
import { openStation, type TestStation } from './station';
import type { Desk } from './requests';

export interface StationSpec {
  path: OrgPath;
  role?: Desk['role'];
}

export interface Network<N extends string> {
  test: TestStore;
  /** Filled before the suite's first test; enrolled in the order given. */
  stations: Record<N, TestStation>;
}

export function useNetwork<N extends string>(kind: StoreKind, seed: number, specs: Record<N, StationSpec>, opts: { onApp?: (app: FastifyInstance) => void } = {}): Network<N> {
  const test = useTestStore(kind);
  const stations = {} as Record<N, TestStation>;
  let app: FastifyInstance | undefined;
  beforeAll(async () => {
    app = buildCentre({ store: test.store });
    opts.onApp?.(app);
    await app.ready();
    const net = injectFetch(app, mulberry32(seed));
    for (const [name, spec] of Object.entries(specs) as [N, StationSpec][])
      stations[name] = await openStation(name, spec.path, net.fetch, (await createEnrolmentCode(test.store, spec.path)).code, spec.role ? { role: spec.role } : {});
  });
  afterAll(async () => {
    for (const s of Object.values(stations) as TestStation[]) await s.close();
    await app?.close();
  });
  return { test, stations };
}
