/**
 * The org tree's API (docs/org-tree.md).
 *
 * Inside the admin scope (registered by admin.ts; any administrator reads, only the city's
 * administrators and the admin token change the tree):
 *   GET   /api/admin/org/units                      the tree, retired units flagged
 *   GET   /api/admin/org/history[?path=&before=]    the org-change history, newest first
 *   POST  /api/admin/org/units                      add { parentPath, code, name, … }
 *   PATCH /api/admin/org/units/:path                rename / edit details (path URL-encoded)
 *   POST  /api/admin/org/units/:path/retire | /restore
 *   POST  /api/admin/org/units/:path/move           { toParentPath, code? }
 *   POST  /api/admin/org/import                     { fileName, base64, dryRun? }
 * Outside it, unauthenticated and read-only (unit names are public; first-run setup lists them):
 *   GET   /api/org/units
 * A refusal changes nothing: 400 naming every field (or every bad row of an import), 404 for
 * an unknown unit, 409 when the tree as it stands does not allow the change.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Store } from '../db/store';
import { refuse } from '../http/errors';
import { actorOf } from '../accounts/scope';
import { adminOf, refuseUnlessCity } from './admin-auth';
import { addUnit, editUnit, moveUnit, OrgConflict, OrgInputError, OrgUnitNotFound, readOrgTree, setRetired } from '../org/units';
import { listHistory } from '../org/history';
import { importOrgFile, OrgImportRefused } from '../org/import';
import { MAX_ORG_FILE_BYTES, OrgFileError } from '../org/org-file';

/** Who the history says made a change: the signed-in account, or the admin token. */
export function whoOf(request: FastifyRequest): string {
  const actor = actorOf(adminOf(request));
  return actor.id === 'token' ? 'admin token' : `${actor.name} (${actor.id})`;
}

const HistoryQuery = z.object({ path: z.string().max(40).optional(), before: z.coerce.number().int().positive().optional() }).strict();
const ImportBody = z.object({
  fileName: z.string().min(1).max(200),
  base64: z.string().min(1).max(Math.ceil((MAX_ORG_FILE_BYTES * 4) / 3) + 4),
  dryRun: z.boolean().optional(),
}).strict();

const asObject = (body: unknown): Record<string, unknown> | null => (typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : null);

async function answer(reply: FastifyReply, run: () => Promise<unknown>): Promise<unknown> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof OrgInputError) return refuse(reply, 400, 'bad_request', e.message, { problems: e.problems });
    if (e instanceof OrgImportRefused) return refuse(reply, 400, 'bad_request', e.message, { problems: e.problems });
    if (e instanceof OrgFileError) return refuse(reply, 400, 'bad_request', `The file cannot be read: ${e.message}`);
    if (e instanceof OrgUnitNotFound) return refuse(reply, 404, 'not_found', e.message);
    if (e instanceof OrgConflict) return refuse(reply, 409, 'conflict', e.message);
    throw e;
  }
}

export function orgRoutes(store: Store) {
  return async function plugin(admin: FastifyInstance): Promise<void> {
    admin.get('/api/admin/org/units', async () => readOrgTree(store));
    admin.get('/api/admin/org/history', async (request, reply) => {
      const q = HistoryQuery.safeParse(request.query);
      if (!q.success) return refuse(reply, 400, 'bad_request', q.error.issues.map((i) => `${i.path.join('.') || 'query'}: ${i.message}`).join('; '));
      return { changes: await listHistory(store, q.data) };
    });
    admin.post('/api/admin/org/units', async (request, reply) => {
      if (refuseUnlessCity(request, reply, 'change the org tree')) return reply;
      const body = asObject(request.body);
      if (!body) return refuse(reply, 400, 'bad_request', 'body: expected a JSON object');
      return answer(reply, async () => ({ unit: await addUnit(store, body, whoOf(request)) }));
    });
    admin.patch<{ Params: { path: string } }>('/api/admin/org/units/:path', async (request, reply) => {
      if (refuseUnlessCity(request, reply, 'change the org tree')) return reply;
      const body = asObject(request.body);
      if (!body) return refuse(reply, 400, 'bad_request', 'body: expected a JSON object');
      return answer(reply, async () => ({ unit: await editUnit(store, request.params.path, body, whoOf(request)) }));
    });
    for (const action of ['retire', 'restore'] as const)
      admin.post<{ Params: { path: string } }>(`/api/admin/org/units/:path/${action}`, async (request, reply) => {
        if (refuseUnlessCity(request, reply, 'change the org tree')) return reply;
        return answer(reply, async () => ({ unit: await setRetired(store, request.params.path, action === 'retire', whoOf(request)) }));
      });
    admin.post<{ Params: { path: string } }>('/api/admin/org/units/:path/move', async (request, reply) => {
      if (refuseUnlessCity(request, reply, 'change the org tree')) return reply;
      const body = asObject(request.body);
      if (!body) return refuse(reply, 400, 'bad_request', 'body: expected a JSON object');
      return answer(reply, async () => ({ unit: await moveUnit(store, request.params.path, body, whoOf(request)) }));
    });
    admin.post('/api/admin/org/import', async (request, reply) => {
      if (refuseUnlessCity(request, reply, 'import the org tree')) return reply;
      const body = ImportBody.safeParse(request.body);
      if (!body.success) return refuse(reply, 400, 'bad_request', body.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
      const bytes = new Uint8Array(Buffer.from(body.data.base64, 'base64'));
      return answer(reply, async () => ({ report: await importOrgFile(store, bytes, { fileName: body.data.fileName, who: whoOf(request), dryRun: body.data.dryRun }) }));
    });
  };
}

/** The live tree for anyone (first-run setup of a station that knows the centre's address). */
export function publicOrgRoutes(store: Store) {
  return async function plugin(app: FastifyInstance): Promise<void> {
    app.get('/api/org/units', async (_request, reply) => {
      reply.header('cache-control', 'no-cache');
      return readOrgTree(store);
    });
  };
}
