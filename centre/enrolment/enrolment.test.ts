import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildCentre } from '../app';
import { STORE_KINDS, useTestStore } from '../testing/test-store';
import { CENTRE_VERSION } from '../version';
import { createEnrolmentCode, EnrolmentInputError, listCodes, listDevices, revokeCode, revokeDevice } from './enrolment';
import { hashSecret } from './secrets';
import { ensureAdminToken, isAdminToken } from './admin-token';

const FAST = { burst: 10_000, perSecond: 1000 };

describe.each(STORE_KINDS)('enrolment over %s', (kind) => {
  const t = useTestStore(kind);
  let app: FastifyInstance;
  beforeAll(async () => {
    app = buildCentre({ store: t.store, sync: { rate: FAST, enrolRate: FAST } });
    await app.ready();
  });
  afterAll(() => app.close());
  beforeEach(() => t.clear());

  const enrol = (code: string) => app.inject({ method: 'POST', url: '/api/sync/enrol', payload: { code, label: '村委会电脑', appVersion: CENTRE_VERSION } });

  it('exchanges a code once for a credential bound to its org unit; only hashes are stored', async () => {
    const { code, id } = await createEnrolmentCode(t.store, 'JX/NH/T01/V001', { label: '新丰镇一村' });
    expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    // Typed in lower case without dashes, it still works.
    const res = await enrol(code.toLowerCase().replaceAll('-', ''));
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ orgPath: 'JX/NH/T01/V001', deviceId: expect.stringMatching(/^dev_/) });
    expect(Buffer.from(body.credential, 'base64url')).toHaveLength(32);
    const again = await enrol(code);
    expect(again.statusCode).toBe(403);
    expect(again.json().message).toMatch(/already been used/);
    const device = await t.store.db.selectFrom('devices').selectAll().executeTakeFirstOrThrow();
    expect(device.credential_hash).toBe(hashSecret(body.credential));
    const stored = await t.store.db.selectFrom('enrolment_codes').selectAll().executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(code);
    expect((await listCodes(t.store))[0]).toMatchObject({ id, usedAt: expect.any(String), deviceId: body.deviceId, label: '新丰镇一村' });
    expect((await listDevices(t.store))[0]).toMatchObject({ id: body.deviceId, label: '村委会电脑', revokedAt: null });
  });

  it('lets only one of two simultaneous enrolments with one code win', async () => {
    const { code } = await createEnrolmentCode(t.store, 'JX/NH');
    const results = await Promise.all([enrol(code), enrol(code), enrol(code)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 403, 403]);
    expect(await listDevices(t.store)).toHaveLength(1);
  });

  it('gives each PC of a unit its own seat, never reused, also when codes are redeemed at once', async () => {
    const code = async (path: string) => (await createEnrolmentCode(t.store, path)).code;
    const first = (await enrol(await code('JX/NH/T01'))).json();
    expect(first.seat).toBe(1);
    expect(await revokeDevice(t.store, first.deviceId)).toBe(true);
    const codes = await Promise.all([code('JX/NH/T01'), code('JX/NH/T01'), code('JX/NH/T01'), code('JX/HN')]);
    const answers = await Promise.all(codes.map(async (c) => (await enrol(c)).json()));
    // The revoked PC keeps seat 1: its numbers stay its own.
    expect(answers.slice(0, 3).map((a) => a.seat).sort()).toEqual([2, 3, 4]);
    expect(answers[3].seat).toBe(1);
    expect((await listDevices(t.store)).map((d) => `${d.orgPath}#${d.seat}`).sort()).toEqual(['JX/HN#1', 'JX/NH/T01#1', 'JX/NH/T01#2', 'JX/NH/T01#3', 'JX/NH/T01#4']);
  });

  it('refuses unknown, expired and withdrawn codes with a reason, and bad input with 400', async () => {
    expect((await enrol('AAAA-BBBB-CCCC')).json().message).toMatch(/not known/);
    const expired = await createEnrolmentCode(t.store, 'JX', { expiresHours: 1, now: Date.now() - 2 * 3_600_000 });
    expect((await enrol(expired.code)).json().message).toMatch(/expired/);
    const withdrawn = await createEnrolmentCode(t.store, 'JX');
    expect(await revokeCode(t.store, withdrawn.id)).toBe(true);
    expect((await enrol(withdrawn.code)).json().message).toMatch(/withdrawn/);
    expect((await app.inject({ method: 'POST', url: '/api/sync/enrol', payload: { code: 'x' } })).statusCode).toBe(400);
    await expect(createEnrolmentCode(t.store, 'JX/nh')).rejects.toThrow(EnrolmentInputError);
    await expect(createEnrolmentCode(t.store, 'JX', { expiresHours: 0 })).rejects.toThrow(EnrolmentInputError);
  });

  it('slows down repeated enrolment attempts from one address', async () => {
    const strict = buildCentre({ store: t.store, sync: { rate: FAST, enrolRate: { burst: 2, perSecond: 0.01 } } });
    try {
      const tries = [];
      for (let i = 0; i < 3; i++) tries.push(await strict.inject({ method: 'POST', url: '/api/sync/enrol', payload: { code: 'WRONG-CODE-1', label: 'x', appVersion: '1' } }));
      expect(tries.map((r) => r.statusCode)).toEqual([403, 403, 429]);
    } finally {
      await strict.close();
    }
  });

  it('creates the admin token once and checks it by hash', async () => {
    await t.store.db.deleteFrom('meta').where('key', '=', 'admin_token_hash').execute();
    const token = await ensureAdminToken(t.store);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await ensureAdminToken(t.store)).toBeNull();
    expect(await isAdminToken(t.store, token!)).toBe(true);
    expect(await isAdminToken(t.store, 'wrong')).toBe(false);
  });
});
