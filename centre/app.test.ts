import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildCentre } from './app';
import { countChanges, countRecords, writeRecords } from './db/store';
import { STORE_KINDS, useTestStore } from './testing/test-store';
import { sampleRecord, sampleRecords } from './testing/records';
import { CENTRE_VERSION } from './version';
import type { BaseRecord } from '../shared/domain/entities';

const INDEX_HTML = '<!doctype html><html><body><div id="root"></div><script type="module" src="./assets/app-1a2b.js"></script></body></html>';
const APP_JS = `console.log(${JSON.stringify('连心'.repeat(2000))});`;

function staticDirWithBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lianxin-static-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), INDEX_HTML);
  writeFileSync(join(dir, 'assets', 'app-1a2b.js'), APP_JS);
  return dir;
}

/** Routes that exist only in this test, to reach the error handling with real bodies. */
function addProbeRoutes(app: FastifyInstance, write: (records: BaseRecord[]) => Promise<unknown>): void {
  const schema = { body: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } } };
  app.post('/api/probe/echo', { schema }, async (req) => req.body);
  app.post('/api/probe/records', async (req) => write(req.body as BaseRecord[]));
  app.get('/api/probe/crash', async () => {
    throw new Error('secret internal detail');
  });
}

describe.each(STORE_KINDS)('centre over %s', (kind) => {
  const t = useTestStore(kind);
  const staticDir = staticDirWithBuild();
  let app: FastifyInstance;
  beforeAll(async () => {
    app = buildCentre({ store: t.store, staticDir });
    addProbeRoutes(app, (records) => writeRecords(t.store, 'volunteers', records));
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    rmSync(staticDir, { recursive: true, force: true });
  });

  it('reports its health with the store kind and record count', async () => {
    await writeRecords(t.store, 'volunteers', sampleRecords(3));
    const res = await app.inject('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true, name: 'lianxin-centre', version: CENTRE_VERSION, protocolVersion: 1, store: kind, records: 3 });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("style-src 'self' 'unsafe-inline'");
  });

  it('serves the station app, its assets, and index.html for client-side routes', async () => {
    const root = await app.inject('/');
    expect(root.statusCode).toBe(200);
    expect(root.body).toBe(INDEX_HTML);
    const asset = await app.inject('/assets/app-1a2b.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect(asset.headers['cache-control']).toContain('immutable');
    for (const route of ['/requests', '/volunteers/0190a1b2-c3d4?tab=hours', '/settings/sync']) {
      const page = await app.inject(route);
      expect(page.statusCode, route).toBe(200);
      expect(page.headers['content-type']).toMatch(/text\/html/);
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.body).toBe(INDEX_HTML);
    }
  });

  it('compresses with brotli or gzip as the browser asks', async () => {
    const br = await app.inject({ url: '/assets/app-1a2b.js', headers: { 'accept-encoding': 'br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(APP_JS);
    const gz = await app.inject({ url: '/api/health', headers: { 'accept-encoding': 'gzip' } });
    // The health answer is below the threshold, so it is sent as is.
    expect(gz.headers['content-encoding']).toBeUndefined();
    const gzAsset = await app.inject({ url: '/assets/app-1a2b.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gunzipSync(gzAsset.rawPayload).toString()).toBe(APP_JS);
  });

  it('answers unknown API routes and missing files with a JSON 404, never the page', async () => {
    for (const [method, url] of [['GET', '/api/nope'], ['POST', '/api/sync/nope'], ['GET', '/api'], ['DELETE', '/requests'], ['GET', '/assets/missing-9z.js']] as const) {
      const res = await app.inject({ method, url });
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(res.json()).toMatchObject({ error: 'not_found' });
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('answers a URL that cannot be decoded with a JSON 400', async () => {
    for (const url of ['/%', '/api/%zz']) {
      const res = await app.inject(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json()).toMatchObject({ error: 'bad_request', message: expect.stringContaining('url') });
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('answers malformed and invalid bodies with 400 and a reason', async () => {
    const json = { 'content-type': 'application/json' };
    const broken = await app.inject({ method: 'POST', url: '/api/probe/echo', headers: json, payload: '{"name": ' });
    expect(broken.statusCode).toBe(400);
    expect(broken.json()).toMatchObject({ error: 'bad_request', message: expect.any(String) });
    const invalid = await app.inject({ method: 'POST', url: '/api/probe/echo', payload: { nom: 'x' } });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().message).toMatch(/name/);
    const empty = await app.inject({ method: 'POST', url: '/api/probe/echo', headers: json, payload: '' });
    expect(empty.statusCode).toBe(400);
    const wrongType = await app.inject({ method: 'POST', url: '/api/probe/echo', headers: { 'content-type': 'application/x-unknown' }, payload: 'x' });
    expect(wrongType.statusCode).toBe(415);
    expect(wrongType.json()).toMatchObject({ error: 'unsupported_media_type' });
  });

  it('refuses a bad record batch with 400 and writes nothing', async () => {
    const [records, changes] = [await countRecords(t.store), await countChanges(t.store)];
    const res = await app.inject({ method: 'POST', url: '/api/probe/records', payload: [sampleRecord(100), { ...sampleRecord(101), createdAt: 'yesterday' }] });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ error: 'bad_request', message: 'volunteers[1]: createdAt must be an ISO-8601 time' });
    expect([await countRecords(t.store), await countChanges(t.store)]).toEqual([records, changes]);
  });

  it('refuses a body over the limit with a JSON 413', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/probe/echo', payload: { name: 'x'.repeat(6 * 1024 * 1024) } });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ error: 'too_large' });
  });

  it('hides the details of its own faults', async () => {
    const res = await app.inject('/api/probe/crash');
    expect(res.statusCode).toBe(500);
    expect(res.json().error).toBe('internal');
    expect(res.body).not.toContain('secret');
  });
});

describe('centre without a renderer build', () => {
  const t = useTestStore('sqlite');
  it('says how to build the station app instead of serving it', async () => {
    const app = buildCentre({ store: t.store, staticDir: join(tmpdir(), 'lianxin-no-such-build') });
    const res = await app.inject('/');
    expect(res.statusCode).toBe(404);
    expect(res.json().message).toMatch(/build:renderer/);
    expect((await app.inject('/api/health')).statusCode).toBe(200);
    await app.close();
  });
});
