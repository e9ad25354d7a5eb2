/**
 * Administration: the admin screens (/admin, a React app built into dist/admin by
 * vite.admin.config.ts) and the JSON API they call (/api/admin/*). A caller is the admin token
 * (first set-up and scripts) or a signed-in administrator account (admin-auth.ts); a county
 * administrator sees and acts on the devices and enrolment codes of its county only.
 * Devices and codes are here; sign-in in admin-session.ts, accounts and audit in
 * admin-accounts.ts, the catalogue and work calendar in catalogue.ts.
 */
import { createReadStream, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { Store } from '../db/store';
import { codeOrgPath, createEnrolmentCode, deviceOrgPath, EnrolmentInputError, listCodes, listDevices, MAX_CODE_HOURS, revokeCode, revokeDevice } from '../enrolment/enrolment';
import { isValidOrgPath, isWithin } from '../../shared/org/org-path';
import { writeAudit } from '../accounts/audit';
import { actorOf, reaches, scopeOf } from '../accounts/scope';
import { notFound, refuse } from '../http/errors';
import type { RateLimit } from '../sync/rate-limit';
import { catalogueRoutes } from './catalogue';
import { adminGuard, adminOf } from './admin-auth';
import { publicSessionRoutes, sessionRoutes, SIGN_IN_RATE } from './admin-session';
import { accountRoutes } from './admin-accounts';
import { orgRoutes } from './org';

/** The admin screens' build, found from this file so the centre can start from any directory. */
export const DEFAULT_ADMIN_DIR = fileURLToPath(new URL('../../dist/admin', import.meta.url));

export interface AdminOptions {
  /** The admin screens' build (dist/admin); without it /admin says how to build it. */
  adminDir?: string | undefined;
  /** Sign-in attempts per client address. */
  signInRate?: RateLimit;
  /** The centre's clock, for sessions, lock-outs and the audit (tests move it). */
  now?: () => number;
}

const NewCodeBody = z.object({
  orgPath: z.string().max(40),
  label: z.string().max(100).optional(),
  expiresHours: z.number().positive().max(MAX_CODE_HOURS).optional(),
}).strict();
const IdParams = z.object({ id: z.string().min(1).max(64) });
const ASSET = /^[A-Za-z0-9_.-]{1,120}$/;
const TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8', svg: 'image/svg+xml', png: 'image/png', woff2: 'font/woff2', woff: 'font/woff', ttf: 'font/ttf', json: 'application/json', map: 'application/json',
};

export function adminRoutes(store: Store, opts: AdminOptions = {}) {
  const adminDir = opts.adminDir ?? DEFAULT_ADMIN_DIR;
  const now = opts.now ?? Date.now;
  return async function plugin(app: FastifyInstance): Promise<void> {
    const page = async (reply: FastifyReply) => {
      const html = await readFile(join(adminDir, 'index.html'), 'utf8').catch(() => null);
      if (html === null) return notFound(reply, 'The admin screens are not built here: run `npm run build:admin` (npm run demo and npm run build:renderer do it for you).');
      return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(html);
    };
    app.get('/admin', async (_req, reply) => page(reply));
    // Vite puts content hashes in asset names, so they never change.
    app.get<{ Params: { file: string } }>('/admin/assets/:file', async (request, reply) => {
      const { file } = request.params;
      const path = join(adminDir, 'assets', file);
      if (!ASSET.test(file) || file.startsWith('.') || !existsSync(path)) return notFound(reply, `No file ${request.url}`);
      return reply.header('cache-control', 'public, max-age=31536000, immutable').type(TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream').send(createReadStream(path));
    });
    app.get('/admin/*', async (request, reply) => (/\.[a-z0-9]+$/i.test(request.url.split('?')[0] ?? '') ? notFound(reply, `No file ${request.url}`) : page(reply)));

    await app.register(publicSessionRoutes(store, { now, signInRate: opts.signInRate ?? SIGN_IN_RATE }));

    app.register(async (admin) => {
      admin.addHook('onRequest', adminGuard(store, now));
      await admin.register(sessionRoutes(store, { now }));
      await admin.register(accountRoutes(store, { now }));
      await admin.register(catalogueRoutes(store, { now }));
      await admin.register(orgRoutes(store));
      admin.get('/api/admin/devices', async (request) => {
        const scope = scopeOf(adminOf(request));
        return { devices: (await listDevices(store)).filter((d) => isWithin(d.orgPath, scope)) };
      });
      admin.get('/api/admin/codes', async (request) => {
        const scope = scopeOf(adminOf(request));
        return { codes: (await listCodes(store)).filter((c) => isWithin(c.orgPath, scope)) };
      });
      admin.post('/api/admin/codes', async (request, reply) => {
        const body = NewCodeBody.safeParse(request.body);
        if (!body.success) return refuse(reply, 400, 'bad_request', body.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
        const caller = adminOf(request);
        if (isValidOrgPath(body.data.orgPath) && !reaches(caller, body.data.orgPath)) return refuse(reply, 403, 'forbidden', `${body.data.orgPath} is outside your county (${scopeOf(caller)}).`);
        try {
          const code = await createEnrolmentCode(store, body.data.orgPath, body.data);
          await writeAudit(store.db, { actor: actorOf(caller), action: 'code.create', target: code.id, details: { orgPath: code.orgPath, label: body.data.label ?? null, expiresAt: code.expiresAt }, address: request.ip, now: now() });
          return code;
        } catch (e) {
          if (e instanceof EnrolmentInputError) return refuse(reply, 400, 'bad_request', e.message);
          throw e;
        }
      });
      admin.post('/api/admin/devices/:id/revoke', async (request, reply) => {
        const params = IdParams.safeParse(request.params);
        const orgPath = params.success ? await deviceOrgPath(store, params.data.id) : undefined;
        if (!params.success || orgPath === undefined) return refuse(reply, 404, 'not_found', 'No such device');
        const caller = adminOf(request);
        if (!reaches(caller, orgPath)) return refuse(reply, 403, 'forbidden', `This device belongs to ${orgPath}, outside your county (${scopeOf(caller)}).`);
        await revokeDevice(store, params.data.id);
        await writeAudit(store.db, { actor: actorOf(caller), action: 'device.revoke', target: params.data.id, details: { orgPath }, address: request.ip, now: now() });
        return { revoked: params.data.id };
      });
      admin.post('/api/admin/codes/:id/revoke', async (request, reply) => {
        const params = IdParams.safeParse(request.params);
        const orgPath = params.success ? await codeOrgPath(store, params.data.id) : undefined;
        const caller = adminOf(request);
        if (params.success && orgPath !== undefined && !reaches(caller, orgPath)) return refuse(reply, 403, 'forbidden', `This code is for ${orgPath}, outside your county (${scopeOf(caller)}).`);
        if (!params.success || !(await revokeCode(store, params.data.id))) return refuse(reply, 404, 'not_found', 'No unused code with that id');
        await writeAudit(store.db, { actor: actorOf(caller), action: 'code.withdraw', target: params.data.id, details: { orgPath }, address: request.ip, now: now() });
        return { revoked: params.data.id };
      });
    });
  };
}
