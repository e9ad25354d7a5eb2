/**
 * Serves the renderer build (dist/renderer) so a station without the desktop app can use a
 * browser. The app routes on the client, so any GET outside /api that names no file gets
 * index.html; /api paths never do, so a wrong API call is a JSON 404, not a page.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from './errors';

export function isApiPath(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
}

export function registerStationApp(app: FastifyInstance, staticDir: string | undefined): void {
  const root = staticDir ? resolve(staticDir) : undefined;
  const built = root !== undefined && existsSync(join(root, 'index.html'));
  if (built) {
    app.register(fastifyStatic, {
      root,
      prefix: '/',
      wildcard: true,
      index: ['index.html'],
      // Vite puts content hashes in asset names, so they never change; index.html must be
      // revalidated so a new build reaches stations at once.
      cacheControl: false,
      setHeaders: (reply, path) => {
        reply.header('cache-control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    if (isApiPath(request.url)) return notFound(reply, `No API route ${request.method} ${request.url.split('?')[0]}`);
    if (request.method !== 'GET' && request.method !== 'HEAD') return notFound(reply, `No route ${request.method} ${request.url}`);
    // A missing asset must not be answered with HTML, or the browser reports a confusing
    // syntax error instead of the missing file.
    if (/\.[a-z0-9]+$/i.test(request.url.split('?')[0] ?? '')) return notFound(reply, `No file ${request.url}`);
    if (!built) return notFound(reply, 'The station app is not built here: run `npm run build:renderer` (npm run demo does it for you).');
    return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').sendFile('index.html');
  });
}
