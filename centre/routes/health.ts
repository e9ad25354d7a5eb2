/** GET /api/health: is the centre up, which store, which versions; for monitors and stations. */
import type { FastifyInstance } from 'fastify';
import { countRecords, type Store } from '../db/store';
import { CENTRE_VERSION, PROTOCOL_VERSION } from '../version';
import type { StoreKind } from '../db/schema';

export interface Health {
  ok: true;
  name: 'lianxin-centre';
  version: string;
  protocolVersion: number;
  store: StoreKind;
  records: number;
}

export function healthRoutes(store: Store) {
  return async (app: FastifyInstance) => {
    app.get('/api/health', async (): Promise<Health> => ({
      ok: true,
      name: 'lianxin-centre',
      version: CENTRE_VERSION,
      protocolVersion: PROTOCOL_VERSION,
      store: store.kind,
      records: await countRecords(store),
    }));
  };
}
