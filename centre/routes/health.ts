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
  /** Live records, at most COUNT_TTL_MS old. */
  records: number;
}

/**
 * Counting a city's million records takes ~0.15 s, and 2,284 stations poll health; so the
 * count is reused for a few seconds and concurrent polls share one query.
 */
export const COUNT_TTL_MS = 5000;

function cachedCount(store: Store, ttlMs: number): () => Promise<number> {
  let at = -Infinity;
  let value: Promise<number> | undefined;
  return () => {
    const now = Date.now();
    if (!value || now - at > ttlMs) {
      at = now;
      value = countRecords(store);
      // A failed count must not be served from the cache until the TTL runs out.
      value.catch(() => (value = undefined));
    }
    return value;
  };
}

export function healthRoutes(store: Store, opts: { countTtlMs?: number } = {}) {
  const records = cachedCount(store, opts.countTtlMs ?? COUNT_TTL_MS);
  return async (app: FastifyInstance) => {
    app.get('/api/health', async (): Promise<Health> => ({
      ok: true,
      name: 'lianxin-centre',
      version: CENTRE_VERSION,
      protocolVersion: PROTOCOL_VERSION,
      store: store.kind,
      records: await records(),
    }));
  };
}
