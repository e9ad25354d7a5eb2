import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { CentreLink, classifyNetworkFailure } from './centre-link';
import { useTempDirs } from './test/temp-dir';

const tempDir = useTempDirs();
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

interface Seen { method: string; url: string; headers: IncomingMessage['headers']; body: Buffer }

async function listen(server: Server): Promise<number> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** A stand-in centre on a real socket that records what reached it. */
async function centre(answer: (seen: Seen) => [number, Record<string, string>, string]): Promise<{ address: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const port = await listen(createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const s = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) };
      seen.push(s);
      const [status, headers, body] = answer(s);
      res.writeHead(status, headers).end(body);
    });
  }));
  return { address: `http://127.0.0.1:${port}`, seen };
}

const link = (address: string | null, kept: string[] = []) =>
  new CentreLink({ fetch: (url, init) => fetch(url, init), address, keepAddress: async (a) => void kept.push(a), timeoutMs: 5_000 });

describe('CentreLink', () => {
  it('calls the kept address with the credential, and hands back any answer as it came', async () => {
    const c = await centre(() => [429, { 'content-type': 'application/json', 'retry-after': '30' }, '{"error":"rate_limited"}']);
    const answer = await link(c.address).request({ method: 'GET', path: '/api/sync/pull?limit=500', headers: { authorization: 'Bearer abc' } });
    expect(answer).toEqual({ kind: 'answer', status: 429, contentType: 'application/json', retryAfter: '30', body: '{"error":"rate_limited"}' });
    expect(c.seen[0]).toMatchObject({ method: 'GET', url: '/api/sync/pull?limit=500', headers: { authorization: 'Bearer abc' } });
  });

  it('gzips a large push on the way, and the centre reads back the same text', async () => {
    const c = await centre(() => [200, {}, '{}']);
    const body = JSON.stringify({ mutations: Array.from({ length: 3000 }, (_, i) => ({ id: `m${i}`, name: '李建国' })) });
    await link(c.address).request({ method: 'POST', path: '/api/sync/push', headers: { 'content-type': 'application/json' }, body });
    expect(c.seen[0]?.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(c.seen[0]!.body).toString('utf8')).toBe(body);
  });

  it('sends a small body as it is', async () => {
    const c = await centre(() => [200, {}, '{}']);
    await link(c.address).request({ method: 'POST', path: '/api/sync/enrol', headers: { 'content-type': 'application/json' }, body: '{"code":"ABC"}' });
    expect(c.seen[0]?.headers['content-encoding']).toBeUndefined();
    expect(c.seen[0]?.body.toString()).toBe('{"code":"ABC"}');
  });

  it('keeps a new address before using it, and calls it from then on', async () => {
    const c = await centre(() => [200, {}, 'ok']);
    const kept: string[] = [];
    const l = link(null, kept);
    await expect(l.request({ method: 'GET', path: '/api/health' })).resolves.toMatchObject({ kind: 'failure', failure: 'noAddress' });
    await expect(l.setAddress(`${c.address}/`)).resolves.toEqual({ ok: true, address: c.address });
    expect(kept).toEqual([c.address]);
    await expect(l.request({ method: 'GET', path: '/api/health' })).resolves.toMatchObject({ kind: 'answer', status: 200 });
  });

  it('refuses a bad address and keeps nothing', async () => {
    const kept: string[] = [];
    const l = link('http://10.0.0.5:8345', kept);
    await expect(l.setAddress('ftp://centre.example')).resolves.toEqual({ ok: false, problem: 'scheme' });
    expect(kept).toEqual([]);
    expect(l.address()).toBe('http://10.0.0.5:8345');
  });

  it('never calls outside the API, whatever reaches it', async () => {
    const c = await centre(() => [200, {}, 'secret']);
    await expect(link(c.address).request({ method: 'GET', path: '/admin' })).rejects.toThrow('not a centre API path');
    expect(c.seen).toHaveLength(0);
  });

  it('does not follow a redirect to another host', async () => {
    const c = await centre(() => [302, { location: 'http://attacker.example/api/health' }, '']);
    await expect(link(c.address).request({ method: 'GET', path: '/api/health' })).resolves.toMatchObject({ kind: 'failure', failure: 'network' });
  });

  it('names a centre that is down', async () => {
    const c = await centre(() => [200, {}, '']);
    await new Promise((resolve) => servers.pop()!.close(resolve));
    await expect(link(c.address).request({ method: 'GET', path: '/api/health' })).resolves.toMatchObject({ kind: 'failure', failure: 'refused' });
  });

  it('names a host that does not exist', async () => {
    await expect(link('http://no-such-centre.invalid').request({ method: 'GET', path: '/api/health' })).resolves.toMatchObject({ kind: 'failure', failure: 'notFound' });
  });

  it('names a centre that does not answer in time', async () => {
    const port = await listen(createServer(() => undefined));
    const slow = new CentreLink({ fetch: (url, init) => fetch(url, init), address: `http://127.0.0.1:${port}`, keepAddress: async () => undefined, timeoutMs: 200 });
    await expect(slow.request({ method: 'GET', path: '/api/health' })).resolves.toMatchObject({ kind: 'failure', failure: 'timeout' });
  });

  it('names an HTTPS certificate the PC does not trust', async () => {
    const dir = tempDir();
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=127.0.0.1'], { stdio: 'ignore' });
    const server = createHttpsServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (_req, res) => res.end('{}'));
    const port = await listen(server);
    await expect(link(`https://127.0.0.1:${port}`).request({ method: 'GET', path: '/api/health' })).resolves.toMatchObject({ kind: 'failure', failure: 'certificate' });
  });
});

describe('classifyNetworkFailure', () => {
  // Electron's net module reports Chromium's error names in the message.
  it.each([
    ['net::ERR_CERT_AUTHORITY_INVALID', 'certificate'],
    ['net::ERR_CERT_DATE_INVALID', 'certificate'],
    ['net::ERR_CERT_COMMON_NAME_INVALID', 'certificate'],
    ['net::ERR_SSL_PROTOCOL_ERROR', 'certificate'],
    ['net::ERR_NAME_NOT_RESOLVED', 'notFound'],
    ['net::ERR_CONNECTION_REFUSED', 'refused'],
    ['net::ERR_TIMED_OUT', 'timeout'],
    ['net::ERR_INTERNET_DISCONNECTED', 'network'],
  ])('%s is %s', (message, failure) => {
    expect(classifyNetworkFailure(new Error(message))).toBe(failure);
  });
});
