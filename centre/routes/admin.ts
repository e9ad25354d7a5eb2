/**
 * The administrator's screen (/admin: a plain page and a script, no build step) and the JSON
 * API it calls (/api/admin/*), guarded by the admin token as `Authorization: Bearer`.
 * Devices and codes are listed, codes created and withdrawn, devices revoked; the catalogue and
 * the work calendar are edited (routes/catalogue.ts).
 */
import { readFileSync } from 'node:fs';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Store } from '../db/store';
import { isAdminToken } from '../enrolment/admin-token';
import { createEnrolmentCode, EnrolmentInputError, listCodes, listDevices, MAX_CODE_HOURS, revokeCode, revokeDevice } from '../enrolment/enrolment';
import { refuse } from '../http/errors';
import { catalogueRoutes } from './catalogue';

const page = (name: string) => readFileSync(new URL(`../admin/${name}`, import.meta.url), 'utf8');
const BEARER = /^Bearer\s+(\S{1,200})\s*$/i;

const NewCodeBody = z.object({
  orgPath: z.string().max(40),
  label: z.string().max(100).optional(),
  expiresHours: z.number().positive().max(MAX_CODE_HOURS).optional(),
}).strict();
const IdParams = z.object({ id: z.string().min(1).max(64) });

export function adminRoutes(store: Store) {
  const html = page('index.html');
  const script = page('admin.js');
  return async function plugin(app: FastifyInstance): Promise<void> {
    app.get('/admin', async (_req, reply) => reply.header('cache-control', 'no-store').type('text/html; charset=utf-8').send(html));
    app.get('/admin/admin.js', async (_req, reply) => reply.header('cache-control', 'no-store').type('text/javascript; charset=utf-8').send(script));

    const guard = async (request: FastifyRequest, reply: FastifyReply) => {
      const m = BEARER.exec(request.headers.authorization ?? '');
      if (!m?.[1] || !(await isAdminToken(store, m[1]))) return refuse(reply, 401, 'unauthorised', 'The admin token is missing or wrong (it was printed when the centre first started; `npm run centre -- admin-token` makes a new one).');
    };
    app.register(async (admin) => {
      admin.addHook('onRequest', guard);
      await admin.register(catalogueRoutes(store));
      admin.get('/api/admin/devices', async () => ({ devices: await listDevices(store) }));
      admin.get('/api/admin/codes', async () => ({ codes: await listCodes(store) }));
      admin.post('/api/admin/codes', async (request, reply) => {
        const body = NewCodeBody.safeParse(request.body);
        if (!body.success) return refuse(reply, 400, 'bad_request', body.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
        try {
          return await createEnrolmentCode(store, body.data.orgPath, body.data);
        } catch (e) {
          if (e instanceof EnrolmentInputError) return refuse(reply, 400, 'bad_request', e.message);
          throw e;
        }
      });
      admin.post('/api/admin/devices/:id/revoke', async (request, reply) => {
        const params = IdParams.safeParse(request.params);
        if (!params.success || !(await revokeDevice(store, params.data.id))) return refuse(reply, 404, 'not_found', 'No such device');
        return { revoked: params.data.id };
      });
      admin.post('/api/admin/codes/:id/revoke', async (request, reply) => {
        const params = IdParams.safeParse(request.params);
        if (!params.success || !(await revokeCode(store, params.data.id))) return refuse(reply, 404, 'not_found', 'No unused code with that id');
        return { revoked: params.data.id };
      });
    });
  };
}
