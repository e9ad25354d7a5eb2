/**
 * Helpers for sync tests: a station as the centre sees it — enrolled through the real API,
 * pushing mutations with its own sequence and HLC, pulling pages until the end.
 */
import type { FastifyInstance } from 'fastify';
import { encodeHlc } from '../../shared/clock/hlc';
import type { SyncedTableName } from '../../shared/domain/entities';
import type { Mutation } from '../../shared/sync/mutation';
import { PROTOCOL_VERSION, type Change, type PullResponse, type PushResponse } from '../../shared/sync/protocol';
import type { Store } from '../db/store';
import { createEnrolmentCode } from '../enrolment/enrolment';
import { CENTRE_VERSION } from '../version';

export class TestStation {
  seq = 0;
  private counter = 0;
  /** The station's wall clock offset from the real one (a wrong PC clock). */
  skewMs = 0;

  constructor(readonly app: FastifyInstance, readonly deviceId: string, readonly credential: string, readonly orgPath: string) {}

  static async enrol(app: FastifyInstance, store: Store, orgPath: string): Promise<TestStation> {
    const { code } = await createEnrolmentCode(store, orgPath);
    const res = await app.inject({ method: 'POST', url: '/api/sync/enrol', payload: { code, label: `PC ${orgPath}`, appVersion: CENTRE_VERSION } });
    if (res.statusCode !== 200) throw new Error(`enrol failed: ${res.body}`);
    const body = res.json() as { deviceId: string; credential: string };
    return new TestStation(app, body.deviceId, body.credential, orgPath);
  }

  hlc(): string {
    return encodeHlc({ wall: Date.now() + this.skewMs, counter: this.counter++ & 0xffff, node: this.deviceId });
  }

  /** A mutation with the next seq; `create` adds the fields a new record carries. */
  mutation(table: SyncedTableName, recordId: string, fields: Record<string, unknown>, opts: { orgPath?: string; create?: boolean; hlc?: string } = {}): Mutation {
    const at = new Date().toISOString();
    const seq = ++this.seq;
    return {
      mutationId: `${this.deviceId}-${seq}`,
      seq,
      table,
      recordId,
      orgPath: opts.orgPath ?? this.orgPath,
      op: 'upsert',
      fields: opts.create ? { id: recordId, orgPath: opts.orgPath ?? this.orgPath, createdAt: at, updatedAt: at, updatedBy: 'op1', ...fields } : { updatedAt: at, ...fields },
      hlc: opts.hlc ?? this.hlc(),
      operatorId: 'op1',
    };
  }

  auth() {
    return { authorization: `Bearer ${this.credential}` };
  }

  push(mutations: Mutation[], over: Record<string, unknown> = {}) {
    return this.app.inject({ method: 'POST', url: '/api/sync/push', headers: this.auth(), payload: { protocol: PROTOCOL_VERSION, schemaVersion: 4, appVersion: CENTRE_VERSION, mutations, ...over } });
  }

  async pushOk(mutations: Mutation[]): Promise<PushResponse> {
    const res = await this.push(mutations);
    if (res.statusCode !== 200) throw new Error(`push answered ${res.statusCode}: ${res.body}`);
    return res.json() as PushResponse;
  }

  pull(cursor?: string, limit?: number) {
    const q = new URLSearchParams({ ...(cursor ? { cursor } : {}), ...(limit ? { limit: String(limit) } : {}) });
    return this.app.inject({ method: 'GET', url: `/api/sync/pull?${q}`, headers: this.auth() });
  }

  /** Pulls until `more` is false; every page, and the last cursor. */
  async pullAll(cursor?: string, limit?: number): Promise<{ pages: PullResponse[]; changes: Change[]; cursor: string }> {
    const pages: PullResponse[] = [];
    let c = cursor;
    for (let i = 0; i < 1000; i++) {
      const res = await this.pull(c, limit);
      if (res.statusCode !== 200) throw new Error(`pull answered ${res.statusCode}: ${res.body}`);
      const page = res.json() as PullResponse;
      pages.push(page);
      c = page.cursor;
      if (!page.more) return { pages, changes: pages.flatMap((p) => p.changes), cursor: c };
    }
    throw new Error('pull never ended');
  }
}

/** Record ids a set of changes names, per table: `volunteers:v1`. */
export function keysOf(changes: readonly Change[]): Set<string> {
  return new Set(changes.map((c) => `${c.table}:${c.recordId}`));
}
