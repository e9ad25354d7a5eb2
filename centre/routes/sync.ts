/**
 * The sync API (docs/sync-protocol.md): POST /api/sync/enrol, POST /api/sync/push,
 * GET /api/sync/pull. Every body is checked against the shared protocol schemas; every
 * refusal is a 4xx with a code the station's client understands and words it can show.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { EnrolRequest, PROTOCOL_VERSION, PushRequest, type PullResponse, type PushResponse } from '../../shared/sync/protocol';
import type { Store } from '../db/store';
import { EnrolmentRefused, redeemCode } from '../enrolment/enrolment';
import { refuse } from '../http/errors';
import { applyPush, type PushHooks } from '../sync/push';
import { RateLimiter, type RateLimit } from '../sync/rate-limit';
import { readScope } from '../sync/scope';
import { updateAvailable } from '../sync/station-versions';
import { pullPage, StaleCursor } from '../sync/pull';
import { decodeCursor } from '../sync/cursor';
import { deviceOf } from './device-auth';

export interface SyncRouteOptions {
  store: Store;
  rate: RateLimit;
  /** Enrolment attempts per client address: codes cannot be guessed, but there is no reason to let anyone try. */
  enrolRate: RateLimit;
  hooks?: PushHooks;
  now?: () => number;
}

export const DEFAULT_PULL_LIMIT = 500;
export const MAX_PULL_LIMIT = 2000;

const PullQuery = z.object({
  cursor: z.string().max(1000).optional(),
  limit: z.coerce.number().int().min(1).optional(),
}).strict();

function reason(error: z.ZodError): string {
  return error.issues.slice(0, 3).map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
}

const centreTime = () => new Date().toISOString();

export function syncRoutes(opts: SyncRouteOptions) {
  const { store } = opts;
  const now = opts.now ?? Date.now;
  return async function plugin(app: FastifyInstance): Promise<void> {
    const limiter = new RateLimiter(opts.rate, now);
    const enrolLimiter = new RateLimiter(opts.enrolRate, now);

    app.post('/api/sync/enrol', async (request, reply) => {
      const wait = enrolLimiter.take(request.ip);
      if (wait > 0) return refuse(reply, 429, 'rate_limited', `Too many enrolment attempts; try again in ${wait} s.`, { retryAfterSeconds: wait });
      const parsed = EnrolRequest.safeParse(request.body);
      if (!parsed.success) return refuse(reply, 400, 'bad_request', reason(parsed.error));
      try {
        const enrolled = await redeemCode(store, parsed.data.code, parsed.data.label, now());
        return { ...enrolled, centreTime: centreTime() };
      } catch (e) {
        if (e instanceof EnrolmentRefused) return refuse(reply, 403, 'forbidden', e.message);
        throw e;
      }
    });

    app.post('/api/sync/push', async (request, reply) => {
      const device = await deviceOf(store, limiter, request, reply);
      if (!device) return reply;
      const body = request.body as { protocol?: unknown } | null;
      const version = versionRefusal(body?.protocol, reply);
      if (version) return version;
      const parsed = PushRequest.safeParse(body);
      if (!parsed.success) return refuse(reply, 400, 'bad_request', reason(parsed.error));
      const { mutations } = parsed.data;
      // The schema drops a `__proto__` key from fields; the checks must see every key as sent.
      const raw = (body as { mutations?: unknown[] }).mutations ?? [];
      mutations.forEach((m, i) => {
        const sent = (raw[i] as { fields?: unknown } | undefined)?.fields;
        if (typeof sent === 'object' && sent !== null && !Array.isArray(sent)) m.fields = sent as Record<string, unknown>;
      });
      const gap = mutations.findIndex((m, i) => i > 0 && m.seq !== (mutations[i - 1]?.seq ?? 0) + 1);
      if (gap > 0) return refuse(reply, 400, 'bad_request', `mutations must have consecutive seq numbers in ascending order (break at index ${gap})`);
      const outcome = await applyPush(store, device.id, parsed.data, { now: now(), hooks: opts.hooks });
      if (!outcome.ok && outcome.reason === 'revoked') return refuse(reply, 401, 'revoked', 'The centre revoked this station while it was pushing; enrol again.');
      if (!outcome.ok)
        return refuse(reply, 409, 'resync_required',
          `The centre has this station's changes only up to ${outcome.lastApplied} but was sent ${mutations[0]?.seq} next: it lost changes it had acknowledged (restored from a backup). Enrol again and pull from the start; the outbox is sent again from the new enrolment.`,
          { lastApplied: outcome.lastApplied });
      const answer: PushResponse = { ...outcome.answer, centreTime: centreTime() };
      if (await updateAvailable(store.db, parsed.data)) answer.updateAvailable = true;
      return answer;
    });

    app.get('/api/sync/pull', async (request, reply) => {
      const device = await deviceOf(store, limiter, request, reply);
      if (!device) return reply;
      const query = PullQuery.safeParse(request.query);
      if (!query.success) return refuse(reply, 400, 'bad_request', reason(query.error));
      const cursor = query.data.cursor === undefined ? null : decodeCursor(query.data.cursor);
      if (query.data.cursor !== undefined && !cursor) return refuse(reply, 400, 'bad_request', 'cursor is not one this centre issued; start again without a cursor');
      const limit = Math.min(query.data.limit ?? DEFAULT_PULL_LIMIT, MAX_PULL_LIMIT);
      try {
        const page = await pullPage(store, readScope(device.orgPath), cursor, limit, now());
        // The admin's device list shows when each station last synced.
        await store.db.updateTable('devices').set({ last_seen_at: new Date(now()).toISOString() }).where('id', '=', device.id).execute();
        return { ...page, ...(device.seat ? { seat: device.seat } : {}), centreTime: centreTime() } satisfies PullResponse;
      } catch (e) {
        if (e instanceof StaleCursor) return refuse(reply, 409, 'resync_required', e.message);
        throw e;
      }
    });
  };
}

function versionRefusal(protocol: unknown, reply: FastifyReply): FastifyReply | null {
  if (typeof protocol !== 'number' || protocol === PROTOCOL_VERSION) return null;
  if (protocol < PROTOCOL_VERSION)
    return refuse(reply, 426, 'unsupported_version', `This station speaks sync protocol ${protocol}; the centre speaks ${PROTOCOL_VERSION}. Update the Lianxin app; nothing is lost meanwhile.`);
  return refuse(reply, 400, 'unsupported_version', `This station speaks sync protocol ${protocol}, newer than the centre's ${PROTOCOL_VERSION}: the centre must be updated first.`);
}
