/**
 * The catalogue and work-calendar editor's API, inside the admin scope (admin token required):
 * GET /api/admin/catalogue, PUT /api/admin/catalogue/items/:code, PUT /api/admin/calendar.
 * A refused edit is a 400 naming every field; nothing is written.
 */
import type { FastifyInstance } from 'fastify';
import { CatalogueInputError, readCatalogue, saveCalendar, saveItem } from '../catalogue/catalogue';
import type { Store } from '../db/store';
import { refuse } from '../http/errors';

export function catalogueRoutes(store: Store) {
  return async function plugin(admin: FastifyInstance): Promise<void> {
    admin.get('/api/admin/catalogue', async () => readCatalogue(store));
    admin.put<{ Params: { code: string } }>('/api/admin/catalogue/items/:code', async (request, reply) => {
      const body = request.body;
      if (typeof body !== 'object' || body === null || Array.isArray(body)) return refuse(reply, 400, 'bad_request', 'body: expected a JSON object');
      if ('code' in body && body.code !== request.params.code) return refuse(reply, 400, 'bad_request', 'code: the body names another item than the address');
      try {
        return { item: await saveItem(store, { ...body, code: request.params.code }) };
      } catch (e) {
        if (e instanceof CatalogueInputError) return refuse(reply, 400, 'bad_request', e.message, { problems: e.problems });
        throw e;
      }
    });
    admin.put('/api/admin/calendar', async (request, reply) => {
      try {
        return { calendar: await saveCalendar(store, request.body) };
      } catch (e) {
        if (e instanceof CatalogueInputError) return refuse(reply, 400, 'bad_request', e.message, { problems: e.problems });
        throw e;
      }
    });
  };
}
