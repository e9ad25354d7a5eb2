/**
 * The catalogue and work-calendar editor's API, inside the admin scope: GET
 * /api/admin/catalogue (any administrator), PUT /api/admin/catalogue/items/:code and PUT
 * /api/admin/calendar (city administrators and the token only: the catalogue and calendar
 * are the whole city's). A refused edit is a 400 naming every field; nothing is written.
 */
import type { FastifyInstance } from 'fastify';
import { CatalogueInputError, readCatalogue, saveCalendar, saveItem } from '../catalogue/catalogue';
import type { Store } from '../db/store';
import { refuse } from '../http/errors';
import { writeAudit } from '../accounts/audit';
import { actorOf } from '../accounts/scope';
import { adminOf, refuseUnlessCity } from './admin-auth';

export function catalogueRoutes(store: Store, opts: { now: () => number } = { now: Date.now }) {
  return async function plugin(admin: FastifyInstance): Promise<void> {
    admin.get('/api/admin/catalogue', async () => readCatalogue(store));
    admin.put<{ Params: { code: string } }>('/api/admin/catalogue/items/:code', async (request, reply) => {
      if (refuseUnlessCity(request, reply, 'edit the service catalogue')) return reply;
      const body = request.body;
      if (typeof body !== 'object' || body === null || Array.isArray(body)) return refuse(reply, 400, 'bad_request', 'body: expected a JSON object');
      if ('code' in body && body.code !== request.params.code) return refuse(reply, 400, 'bad_request', 'code: the body names another item than the address');
      try {
        const item = await saveItem(store, { ...body, code: request.params.code });
        await writeAudit(store.db, { actor: actorOf(adminOf(request)), action: 'catalogue.item', target: item.code, details: { name: item.name, retired: !!item.retired }, address: request.ip, now: opts.now() });
        return { item };
      } catch (e) {
        if (e instanceof CatalogueInputError) return refuse(reply, 400, 'bad_request', e.message, { problems: e.problems });
        throw e;
      }
    });
    admin.put('/api/admin/calendar', async (request, reply) => {
      if (refuseUnlessCity(request, reply, 'edit the work calendar')) return reply;
      try {
        const calendar = await saveCalendar(store, request.body);
        await writeAudit(store.db, { actor: actorOf(adminOf(request)), action: 'calendar.save', target: calendar.id, details: { holidays: calendar.holidays.length, workdays: calendar.workdays.length }, address: request.ip, now: opts.now() });
        return { calendar };
      } catch (e) {
        if (e instanceof CatalogueInputError) return refuse(reply, 400, 'bad_request', e.message, { problems: e.problems });
        throw e;
      }
    });
  };
}
