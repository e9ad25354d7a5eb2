import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  // A stand-in for the admin screens' build (dist/admin), as vite.admin.config.ts writes it.
  const adminDir = mkdtempSync(join(tmpdir(), 'lianxin-admin-build-'));
  mkdirSync(join(adminDir, 'assets'));
  writeFileSync(join(adminDir, 'index.html'), '<!doctype html><html><head><script type="module" crossorigin src="/admin/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>');
  writeFileSync(join(adminDir, 'assets', 'index-abc123.js'), 'console.log("admin");');
  beforeAll(async () => {
    app = buildCentre({ store: t.store, admin: { adminDir } });
    await app.ready();
    token = await resetAdminToken(t.store);
  });
  afterAll(async () => {
    await app.close();
    rmSync(adminDir, { recursive: true, force: true });
  });

  const admin = (method: 'GET' | 'POST', url: string, payload?: object) =>
    app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });

  it('serves the admin screens and their assets under the strict CSP (no inline script)', async () => {
    for (const url of ['/admin', '/admin/', '/admin/accounts']) {
      const page = await app.inject(url);
      expect(page.statusCode, url).toBe(200);
      expect(page.headers['content-type']).toMatch(/text\/html/);
      expect(page.body).toContain('src="/admin/assets/index-abc123.js"');
      expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    }
    const script = await app.inject('/admin/assets/index-abc123.js');
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toMatch(/javascript/);
    expect(script.headers['cache-control']).toContain('immutable');
    for (const url of ['/admin/assets/missing.js', '/admin/assets/..%2Findex.html', '/admin/other.js']) expect((await app.inject(url)).statusCode, url).toBe(404);
    // Without a build the page says how to make one, as JSON.
    const unbuilt = buildCentre({ store: t.store, admin: { adminDir: join(adminDir, 'none') } });
    const res = await unbuilt.inject('/admin');
    expect(res.statusCode).toBe(404);
    expect(res.json().message).toMatch(/npm run build:admin/);
    await unbuilt.close();
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
