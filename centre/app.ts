/**
 * The centre as a Fastify instance over an open store. Built without listening, so tests
 * drive it with `app.inject` against a real store; cli.ts listens.
 */
import { constants as zlib } from 'node:zlib';
import { MAX_BODY_BYTES } from '../shared/sync/protocol';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyServerOptions } from 'fastify';
import fastifyCompress from '@fastify/compress';
import type { Store } from './db/store';
import { answerFrameworkError, registerErrorHandling } from './http/errors';
import { registerSecurityHeaders, SECURITY_HEADERS } from './http/security-headers';
import { registerJsonBody } from './http/json-body';
import { registerStationApp } from './http/station-app';
import { healthRoutes } from './routes/health';
import { syncRoutes } from './routes/sync';
import { adminRoutes, type AdminOptions } from './routes/admin';
import { dashboardRoutes } from './routes/dashboard';
import { publicOrgRoutes } from './routes/org';
import { DEFAULT_SYNC_RATE, type RateLimit } from './sync/rate-limit';
import type { PushHooks } from './sync/push';

/** Largest request body accepted (after gunzip): the protocol's limit for a push. */
export const BODY_LIMIT = MAX_BODY_BYTES;

/** Enrolment attempts per client address: a station needs one; a burst allows typos. */
const ENROL_RATE: RateLimit = { burst: 10, perSecond: 0.2 };

export interface SyncOptions {
  rate?: RateLimit;
  enrolRate?: RateLimit;
  /** Test hooks inside the push transaction. */
  hooks?: PushHooks;
  /** The centre's clock, for clock-ahead checks and rate limits (tests move it). */
  now?: () => number;
}

export interface CentreOptions {
  store: Store;
  /** The renderer build to serve (dist/renderer); without it only /api answers. */
  staticDir?: string | undefined;
  logger?: FastifyServerOptions['logger'];
  sync?: SyncOptions;
  admin?: AdminOptions;
}

export function buildCentre({ store, staticDir, logger = false, sync = {}, admin = {} }: CentreOptions): FastifyInstance {
  const app = Fastify({
    logger,
    bodyLimit: BODY_LIMIT,
    return503OnClosing: true,
    // Fastify's generic reply type here is narrower than FastifyReply without adding anything.
    frameworkErrors: (error, _request, reply) => answerFrameworkError(error, reply as FastifyReply, SECURITY_HEADERS),
  });
  registerSecurityHeaders(app);
  registerErrorHandling(app);
  registerJsonBody(app);
  app.register(fastifyCompress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    // Request bodies with Content-Encoding gzip (large pushes) are inflated before parsing; the
    // body limit applies to the inflated size, so a gzip bomb is a 413.
    requestEncodings: ['gzip'],
    // Quality 11 (the default) costs ~100× more CPU for a few percent; 5 keeps big bundles fast.
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } },
  });
  app.register(healthRoutes(store));
  app.register(syncRoutes({ store, rate: sync.rate ?? DEFAULT_SYNC_RATE, enrolRate: sync.enrolRate ?? ENROL_RATE, hooks: sync.hooks, now: sync.now }));
  app.register(adminRoutes(store, { now: sync.now, ...admin }));
  app.register(dashboardRoutes({ store, now: sync.now }));
  app.register(publicOrgRoutes(store));
  registerStationApp(app, staticDir);
  return app;
}
