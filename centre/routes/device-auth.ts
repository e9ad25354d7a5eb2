/**
 * Who is calling a sync route: the device of the bearer credential, never anything the body
 * says. Unknown credential → 401 `unauthorised`; revoked → 401 `revoked` (the station keeps its
 * data and outbox and enrols again); too many calls → 429 with the wait.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Store } from '../db/store';
import { authenticate, type Device } from '../enrolment/enrolment';
import { refuse } from '../http/errors';
import type { RateLimiter } from '../sync/rate-limit';

const BEARER = /^Bearer\s+([A-Za-z0-9_-]{20,100})\s*$/i;

export async function deviceOf(store: Store, limiter: RateLimiter, request: FastifyRequest, reply: FastifyReply): Promise<Device | null> {
  const header = request.headers.authorization;
  const m = typeof header === 'string' ? BEARER.exec(header) : null;
  if (!m?.[1]) {
    refuse(reply, 401, 'unauthorised', 'Send the device credential as "Authorization: Bearer <credential>"; a station gets one by enrolling.');
    return null;
  }
  const auth = await authenticate(store, m[1]);
  if (!auth.ok) {
    if (auth.reason === 'revoked')
      refuse(reply, 401, 'revoked', `The centre revoked this station's credential on ${auth.revokedAt}. Its data and unsent changes are kept; enrol again with a new code from the centre.`);
    else refuse(reply, 401, 'unauthorised', 'The centre does not know this credential: enrol the station again with a new code.');
    return null;
  }
  const wait = limiter.take(auth.device.id);
  if (wait > 0) {
    refuse(reply, 429, 'rate_limited', `Too many sync requests from this station; try again in ${wait} s.`, { retryAfterSeconds: wait });
    return null;
  }
  return auth.device;
}
