/**
 * Administrator accounts through the real app over real stores: first set-up with the token,
 * sign-in and out, lock-out, session expiry, county scoping and the audit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildCentre } from '../app';
import { STORE_KINDS, useTestStore } from '../testing/test-store';
import { resetAdminToken } from '../enrolment/admin-token';
import { createEnrolmentCode, redeemCode } from '../enrolment/enrolment';
import { hashSecret } from '../enrolment/secrets';
import { sessionCookie } from './admin-auth';
import { CENTRE_VERSION } from '../version';

const MIN = 60_000;
type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

describe.each(STORE_KINDS)('administrator accounts over %s', (kind) => {
  const t = useTestStore(kind);
  let app: FastifyInstance;
  let token: string;
  let clock = Date.parse('2026-12-04T08:00:00.000Z');
  beforeAll(async () => {
    // A generous address limit here; the limit itself has its own test below.
    app = buildCentre({ store: t.store, admin: { now: () => clock, signInRate: { burst: 1000, perSecond: 1 } } });
    await app.ready();
    token = await resetAdminToken(t.store);
  });
  afterAll(() => app.close());

  const withToken = (method: Method, url: string, payload?: object) => app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });
  const as = (cookie: string, method: Method, url: string, payload?: object) =>
    app.inject({ method, url, headers: { cookie, 'x-lianxin-admin': '1' }, ...(payload ? { payload } : {}) });
  const signIn = (name: string, password: string) => app.inject({ method: 'POST', url: '/api/admin/session', headers: { 'x-lianxin-admin': '1' }, payload: { name, password } });
  const cookieOf = (res: LightMyRequestResponse) => String(res.headers['set-cookie']).split(';')[0] ?? '';
  const audit = async () => (await withToken('GET', '/api/admin/audit')).json().entries as { actorName: string; action: string; target: string | null; details: Record<string, unknown> }[];

  it('makes the first account with the admin token only', async () => {
    expect((await app.inject('/api/admin/setup')).json()).toEqual({ needsFirstAccount: true });
    const body = { name: '市管理员', password: 'city password 1', role: 'city' };
    for (const headers of [{}, { authorization: 'Bearer wrong' }, { cookie: 'lianxin_admin=' + 'x'.repeat(43), 'x-lianxin-admin': '1' }]) {
      const res = await app.inject({ method: 'POST', url: '/api/admin/accounts', headers, payload: body });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ error: 'unauthorised', message: expect.any(String) });
    }
    expect((await app.inject('/api/admin/setup')).json()).toEqual({ needsFirstAccount: true });
    const made = await withToken('POST', '/api/admin/accounts', body);
    expect(made.statusCode).toBe(200);
    expect(made.json().account).toMatchObject({ name: '市管理员', role: 'city', countyPath: null, disabledAt: null });
    expect(made.json().account).not.toHaveProperty('passwordHash');
    expect((await app.inject('/api/admin/setup')).json()).toEqual({ needsFirstAccount: false });
    expect((await audit())[0]).toMatchObject({ actorName: 'admin token', action: 'account.create', target: '市管理员', details: { role: 'city' } });
    // Bad input is a 4xx with a reason, and the same name twice a 409.
    expect((await withToken('POST', '/api/admin/accounts', { ...body, password: 'short' })).json()).toMatchObject({ error: 'bad_request', message: expect.stringContaining('password') });
    expect((await withToken('POST', '/api/admin/accounts', body)).statusCode).toBe(409);
    expect((await withToken('POST', '/api/admin/accounts', [1])).statusCode).toBe(400);
  });

  it('signs in with an HttpOnly, SameSite=Strict session cookie, and signs out', async () => {
    expect((await signIn('市管理员', 'wrong password')).json()).toMatchObject({ error: 'wrong_credentials' });
    expect((await signIn('nobody', 'city password 1')).json()).toMatchObject({ error: 'wrong_credentials' });
    expect((await app.inject({ method: 'POST', url: '/api/admin/session', payload: { name: '市管理员', password: 'city password 1' } })).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url: '/api/admin/session', headers: { 'x-lianxin-admin': '1' }, payload: { name: 3 } })).statusCode).toBe(400);
    const res = await signIn('市管理员', 'city password 1');
    expect(res.statusCode).toBe(200);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/^lianxin_admin=[A-Za-z0-9_-]{43}; Path=\/api\/admin; Max-Age=43200; HttpOnly; SameSite=Strict$/);
    expect(sessionCookie('v', 60, true)).toMatch(/; Secure$/);
    const cookie = cookieOf(res);
    // Only the id's hash is stored.
    const stored = await t.store.db.selectFrom('admin_sessions').select('id_hash').execute();
    expect(stored.map((s) => s.id_hash)).toContain(hashSecret(cookie.split('=')[1] ?? ''));
    expect(stored.map((s) => s.id_hash)).not.toContain(cookie.split('=')[1]);
    expect((await as(cookie, 'GET', '/api/admin/session')).json()).toMatchObject({ kind: 'account', city: true, scope: 'JX', account: { name: '市管理员' } });
    // A change with the cookie but without the header another site cannot add is refused.
    const forged = await app.inject({ method: 'POST', url: '/api/admin/codes', headers: { cookie }, payload: { orgPath: 'JX/NH' } });
    expect(forged.statusCode).toBe(403);
    expect((await withToken('GET', '/api/admin/codes')).json().codes).toHaveLength(0);
    const out = await as(cookie, 'DELETE', '/api/admin/session');
    expect(out.statusCode).toBe(200);
    expect(String(out.headers['set-cookie'])).toMatch(/^lianxin_admin=; .*Max-Age=0/);
    expect((await as(cookie, 'GET', '/api/admin/session')).statusCode).toBe(401);
    expect((await audit()).slice(0, 2).map((e) => e.action)).toEqual(['signOut', 'signIn']);
  });

  it('locks an account after 5 wrong passwords for 15 minutes, and audits it', async () => {
    await withToken('POST', '/api/admin/accounts', { name: 'locky', password: 'locky password', role: 'city' });
    for (let i = 0; i < 4; i++) expect((await signIn('locky', 'guess ' + i)).statusCode).toBe(401);
    const locked = await signIn('locky', 'guess 5');
    expect(locked.statusCode).toBe(423);
    expect(locked.json()).toMatchObject({ error: 'locked', retryAfterSeconds: 900 });
    expect(locked.headers['retry-after']).toBe('900');
    expect((await signIn('locky', 'locky password')).statusCode).toBe(423);
    expect((await audit()).slice(0, 2).map((e) => [e.actorName, e.action])).toEqual([['locky', 'locked'], ['locky', 'signInFailed']]);
    clock += 16 * MIN;
    expect((await signIn('locky', 'locky password')).statusCode).toBe(200);
  });

  it('ends a session after 30 idle minutes', async () => {
    const cookie = cookieOf(await signIn('市管理员', 'city password 1'));
    clock += 29 * MIN;
    expect((await as(cookie, 'GET', '/api/admin/devices')).statusCode).toBe(200);
    clock += 29 * MIN;
    expect((await as(cookie, 'GET', '/api/admin/devices')).statusCode).toBe(200);
    clock += 31 * MIN;
    const res = await as(cookie, 'GET', '/api/admin/devices');
    expect(res.statusCode).toBe(401);
    expect(res.json().message).toMatch(/sign in again/);
  });

  it('keeps a county administrator to its county: devices, codes, and no catalogue, accounts or audit', async () => {
    const county = (await withToken('POST', '/api/admin/accounts', { name: '南湖区管理员', password: 'nanhu password', role: 'county', county: 'JX/NH' })).json().account;
    const nh = await createEnrolmentCode(t.store, 'JX/NH/T10');
    const hn = await createEnrolmentCode(t.store, 'JX/HN/T01');
    const nhDevice = await redeemCode(t.store, nh.code, '大桥镇电脑', clock);
    const hnDevice = await redeemCode(t.store, hn.code, '海宁电脑', clock);
    const hnOpen = await createEnrolmentCode(t.store, 'JX/HN', { now: clock });
    const cookie = cookieOf(await signIn('南湖区管理员', 'nanhu password'));

    expect((await as(cookie, 'GET', '/api/admin/session')).json()).toMatchObject({ city: false, scope: 'JX/NH' });
    const devices = (await as(cookie, 'GET', '/api/admin/devices')).json().devices as { id: string }[];
    expect(devices.map((d) => d.id)).toEqual([nhDevice.deviceId]);
    const codes = (await as(cookie, 'GET', '/api/admin/codes')).json().codes as { orgPath: string }[];
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((c) => c.orgPath.startsWith('JX/NH/') || c.orgPath === 'JX/NH')).toBe(true);
    // The city sees both.
    expect(((await withToken('GET', '/api/admin/devices')).json().devices as { id: string }[]).map((d) => d.id)).toEqual(expect.arrayContaining([nhDevice.deviceId, hnDevice.deviceId]));

    const refused: [Method, string, object?][] = [
      ['POST', `/api/admin/devices/${hnDevice.deviceId}/revoke`],
      ['POST', '/api/admin/codes', { orgPath: 'JX/HN/T01' }],
      ['POST', '/api/admin/codes', { orgPath: 'JX' }],
      ['POST', `/api/admin/codes/${hnOpen.id}/revoke`],
      ['PUT', '/api/admin/calendar', {}],
      ['PUT', '/api/admin/catalogue/items/C1-02', {}],
      ['GET', '/api/admin/accounts'],
      ['POST', '/api/admin/accounts', { name: 'x', password: 'xxxxxxxxxxxx', role: 'city' }],
      ['POST', `/api/admin/accounts/${county.id}/role`, { role: 'city' }],
      ['GET', '/api/admin/audit'],
    ];
    for (const [method, url, payload] of refused) {
      const res = await as(cookie, method, url, payload);
      expect(res.statusCode, `${method} ${url}`).toBe(403);
      expect(res.json()).toMatchObject({ error: 'forbidden', message: expect.any(String) });
    }
    // Nothing of it happened.
    const pull = await app.inject({ method: 'GET', url: '/api/sync/pull', headers: { authorization: `Bearer ${hnDevice.credential}` } });
    expect(pull.json()).not.toMatchObject({ error: 'revoked' });
    expect((await withToken('GET', '/api/admin/codes')).json().codes).toContainEqual(expect.objectContaining({ id: hnOpen.id, revokedAt: null }));
    expect((await withToken('GET', '/api/admin/accounts')).json().accounts).toContainEqual(expect.objectContaining({ id: county.id, role: 'county' }));

    // Within its county it acts, and the city administrator reads it in the audit.
    const made = await as(cookie, 'POST', '/api/admin/codes', { orgPath: 'JX/NH/T01', label: '新丰镇' });
    expect(made.statusCode).toBe(200);
    expect((await as(cookie, 'POST', `/api/admin/devices/${nhDevice.deviceId}/revoke`)).statusCode).toBe(200);
    expect((await as(cookie, 'POST', '/api/admin/devices/dev_nope/revoke')).statusCode).toBe(404);
    expect((await as(cookie, 'GET', '/api/admin/catalogue')).statusCode).toBe(200);
    const entries = await audit();
    expect(entries.slice(0, 2)).toEqual([
      expect.objectContaining({ actorName: '南湖区管理员', action: 'device.revoke', target: nhDevice.deviceId, details: { orgPath: 'JX/NH/T10' } }),
      expect.objectContaining({ actorName: '南湖区管理员', action: 'code.create', target: made.json().id, details: expect.objectContaining({ orgPath: 'JX/NH/T01', label: '新丰镇' }) }),
    ]);
    const enrolled = await app.inject({ method: 'POST', url: '/api/sync/enrol', payload: { code: made.json().code, label: 'pc', appVersion: CENTRE_VERSION } });
    expect(enrolled.statusCode).toBe(200);
  });

  it('lets a city administrator disable, enable, reset and re-role accounts, but not its own', async () => {
    const city = cookieOf(await signIn('市管理员', 'city password 1'));
    const me = (await as(city, 'GET', '/api/admin/session')).json().account;
    const made = await as(city, 'POST', '/api/admin/accounts', { name: '秀洲区管理员', password: 'xiuzhou password', role: 'county', county: 'JX/XZ' });
    expect(made.statusCode).toBe(200);
    const id = made.json().account.id as string;
    const other = cookieOf(await signIn('秀洲区管理员', 'xiuzhou password'));

    expect((await as(city, 'POST', `/api/admin/accounts/${id}/disable`)).json().account.disabledAt).not.toBeNull();
    expect((await as(other, 'GET', '/api/admin/devices')).statusCode).toBe(401);
    expect((await signIn('秀洲区管理员', 'xiuzhou password')).json()).toMatchObject({ error: 'disabled' });
    expect((await as(city, 'POST', `/api/admin/accounts/${id}/enable`)).json().account.disabledAt).toBeNull();

    expect((await as(city, 'POST', `/api/admin/accounts/${id}/password`, { password: 'short' })).statusCode).toBe(400);
    expect((await as(city, 'POST', `/api/admin/accounts/${id}/password`, { password: 'a new xiuzhou password' })).statusCode).toBe(200);
    expect((await signIn('秀洲区管理员', 'xiuzhou password')).statusCode).toBe(401);
    const again = cookieOf(await signIn('秀洲区管理员', 'a new xiuzhou password'));

    expect((await as(city, 'POST', `/api/admin/accounts/${id}/role`, { role: 'county', county: 'JX/NOPE' })).statusCode).toBe(400);
    expect((await as(city, 'POST', `/api/admin/accounts/${id}/role`, { role: 'city' })).json().account).toMatchObject({ role: 'city', countyPath: null });
    expect((await as(again, 'GET', '/api/admin/session')).json()).toMatchObject({ city: true, scope: 'JX' });

    expect((await as(city, 'POST', `/api/admin/accounts/${me.id}/disable`)).statusCode).toBe(409);
    expect((await as(city, 'POST', `/api/admin/accounts/${me.id}/role`, { role: 'county', county: 'JX/NH' })).statusCode).toBe(409);
    expect((await as(city, 'POST', '/api/admin/accounts/adm_nope/enable')).statusCode).toBe(404);
    expect((await as(city, 'GET', '/api/admin/audit?limit=0')).statusCode).toBe(400);
    const actions = (await audit()).filter((e) => e.target === '秀洲区管理员').map((e) => e.action);
    expect(actions).toEqual(['account.role', 'account.password', 'account.enable', 'account.disable', 'account.create']);
  });

  it('limits sign-in attempts per address', async () => {
    const limited = buildCentre({ store: t.store, admin: { now: () => clock, signInRate: { burst: 3, perSecond: 1 / 30 } } });
    await limited.ready();
    try {
      const attempt = () => limited.inject({ method: 'POST', url: '/api/admin/session', headers: { 'x-lianxin-admin': '1' }, payload: { name: `nobody`, password: 'whatever' } });
      for (let i = 0; i < 3; i++) expect((await attempt()).statusCode).toBe(401);
      const res = await attempt();
      expect(res.statusCode).toBe(429);
      expect(res.json()).toMatchObject({ error: 'rate_limited', retryAfterSeconds: 30 });
    } finally {
      await limited.close();
    }
  });
});
