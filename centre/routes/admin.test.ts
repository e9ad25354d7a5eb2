import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildCentre } from '../app';
import { STORE_KINDS, useTestStore } from '../testing/test-store';
import { resetAdminToken } from '../enrolment/admin-token';
import { CENTRE_VERSION } from '../version';

describe.each(STORE_KINDS)('admin screen over %s', (kind) => {
  const t = useTestStore(kind);
  let app: FastifyInstance;
  let token: string;
  beforeAll(async () => {
    app = buildCentre({ store: t.store });
    await app.ready();
    token = await resetAdminToken(t.store);
  });
  afterAll(() => app.close());

  const admin = (method: 'GET' | 'POST', url: string, payload?: object) =>
    app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });

  it('serves the page and its script under the strict CSP (no inline script)', async () => {
    const page = await app.inject('/admin');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.body).toContain('<script type="module" src="/admin/admin.js">');
    expect(page.body).not.toMatch(/<script>(?!<)/);
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    const script = await app.inject('/admin/admin.js');
    expect(script.headers['content-type']).toMatch(/javascript/);
  });

  it('refuses the API without the admin token', async () => {
    for (const headers of [{}, { authorization: 'Bearer wrong' }]) {
      const res = await app.inject({ method: 'GET', url: '/api/admin/devices', headers });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ error: 'unauthorised' });
    }
  });

  it('creates a code, lists it and the device that used it, and revokes the device', async () => {
    const created = await admin('POST', '/api/admin/codes', { orgPath: 'JX/NH/T01', label: '镇站', expiresHours: 24 });
    expect(created.statusCode).toBe(200);
    const { code, id } = created.json();
    expect((await admin('POST', '/api/admin/codes', { orgPath: 'nowhere' })).statusCode).toBe(400);
    const enrolled = await app.inject({ method: 'POST', url: '/api/sync/enrol', payload: { code, label: '镇站电脑', appVersion: CENTRE_VERSION } });
    const { deviceId, credential } = enrolled.json();
    expect((await admin('GET', '/api/admin/codes')).json().codes).toContainEqual(expect.objectContaining({ id, deviceId, label: '镇站' }));
    expect((await admin('GET', '/api/admin/devices')).json().devices).toContainEqual(expect.objectContaining({ id: deviceId, orgPath: 'JX/NH/T01' }));
    expect((await admin('POST', `/api/admin/devices/${deviceId}/revoke`)).statusCode).toBe(200);
    expect((await admin('POST', '/api/admin/devices/nope/revoke')).statusCode).toBe(404);
    const pull = await app.inject({ method: 'GET', url: '/api/sync/pull', headers: { authorization: `Bearer ${credential}` } });
    expect(pull.json()).toMatchObject({ error: 'revoked' });
    // A used code cannot be withdrawn; an open one can.
    expect((await admin('POST', `/api/admin/codes/${id}/revoke`)).statusCode).toBe(404);
    const open = (await admin('POST', '/api/admin/codes', { orgPath: 'JX' })).json();
    expect((await admin('POST', `/api/admin/codes/${open.id}/revoke`)).statusCode).toBe(200);
  });
});
