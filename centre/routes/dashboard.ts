/**
 * GET /api/dashboard/figures (shared/dashboard/protocol.ts): city-wide figures for a unit in
 * the calling device's subtree. The device comes from its credential exactly as for the sync
 * routes (device-auth.ts), never from the query; a unit outside its subtree is a 403.
 */
import type { FastifyInstance } from 'fastify';
import { FiguresQuery, MAX_FIGURES_DAYS, dayCount, type FiguresResponse } from '../../shared/dashboard';
import { isValidOrgPath, isWithin } from '../../shared/org/org-path';
import type { Store } from '../db/store';
import { refuse } from '../http/errors';
import { RateLimiter, type RateLimit } from '../sync/rate-limit';
import { cachedFigures } from '../dashboard/figures';
import { deviceOf } from './device-auth';

/** A dashboard asks now and then (on opening, on "update from the centre"); a city-wide fold is heavy. */
const FIGURES_RATE: RateLimit = { burst: 10, perSecond: 0.2 };

export function dashboardRoutes(opts: { store: Store; rate?: RateLimit; now?: () => number }) {
  const { store } = opts;
  return async function plugin(app: FastifyInstance): Promise<void> {
    const limiter = new RateLimiter(opts.rate ?? FIGURES_RATE, opts.now ?? Date.now);
    const figures = cachedFigures(store);
    app.get('/api/dashboard/figures', async (request, reply) => {
      const device = await deviceOf(store, limiter, request, reply);
      if (!device) return reply;
      const query = FiguresQuery.safeParse(request.query);
      if (!query.success) return refuse(reply, 400, 'bad_request', query.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
      const { unit, from, to } = query.data;
      if (!isValidOrgPath(unit)) return refuse(reply, 400, 'bad_request', `unit: ${unit} is not an org path`);
      const days = dayCount({ from, to });
      if (!(days > 0 && days <= MAX_FIGURES_DAYS)) return refuse(reply, 400, 'bad_request', `from..to must span 1 to ${MAX_FIGURES_DAYS} days`);
      if (!isWithin(unit, device.orgPath)) return refuse(reply, 403, 'forbidden', `${unit} is outside this station's area (${device.orgPath})`);
      const { rows, computedAt } = await figures(unit, { from, to });
      return { unit, period: { from, to }, computedAt, rows } satisfies FiguresResponse;
    });
  };
}
