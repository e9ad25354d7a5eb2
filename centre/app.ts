/**
 * The centre as a Fastify instance over an open store. Built without listening, so tests
 * drive it with `app.inject` against a real store; cli.ts listens.
 */
import { constants as zlib } from 'node:zlib';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyServerOptions } from 'fastify';
import fastifyCompress from '@fastify/compress';
import type { Store } from './db/store';
import { answerFrameworkError, registerErrorHandling } from './http/errors';
import { registerSecurityHeaders, SECURITY_HEADERS } from './http/security-headers';
import { registerStationApp } from './http/station-app';
import { healthRoutes } from './routes/health';

/** Largest request body accepted; a sync batch stays well below it (issue 5 pages pushes). */
export const BODY_LIMIT = 5 * 1024 * 1024;

export interface CentreOptions {
  store: Store;
  /** The renderer build to serve (dist/renderer); without it only /api answers. */
  staticDir?: string | undefined;
  logger?: FastifyServerOptions['logger'];
}

export function buildCentre({ store, staticDir, logger = false }: CentreOptions): FastifyInstance {
  const app = Fastify({
    logger,
    bodyLimit: BODY_LIMIT,
    return503OnClosing: true,
    // Fastify's generic reply type here is narrower than FastifyReply without adding anything.
    frameworkErrors: (error, _request, reply) => answerFrameworkError(error, reply as FastifyReply, SECURITY_HEADERS),
  });
  registerSecurityHeaders(app);
  registerErrorHandling(app);
  app.register(fastifyCompress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    // Quality 11 (the default) costs ~100× more CPU for a few percent; 5 keeps big bundles fast.
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } },
  });
  app.register(healthRoutes(store));
  registerStationApp(app, staticDir);
  return app;
}
