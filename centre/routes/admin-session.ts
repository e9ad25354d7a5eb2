/**
 * Signing in and out of /admin. Public: `GET /api/admin/setup` (whether the first account is
 * still to be made, so the screen offers first set-up with the token) and `POST
 * /api/admin/session` (sign in). Inside the guard: `GET /api/admin/session` (who am I) and
 * `DELETE /api/admin/session` (sign out).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Store } from '../db/store';
import { countAccounts } from '../accounts/accounts';
import { writeAudit } from '../accounts/audit';
import { actorOf, isCityAdmin, scopeOf } from '../accounts/scope';
import { createSession, endSession } from '../accounts/sessions';
import { LOCK_AFTER_FAILURES, signIn } from '../accounts/sign-in';
import { refuse } from '../http/errors';
import { RateLimiter, type RateLimit } from '../sync/rate-limit';
import { adminOf, clearSessionCookie, CSRF_HEADER, sessionIdOf, setSessionCookie } from './admin-auth';

/** Sign-in attempts per client address: a burst for typos, then one every 30 s, so one machine cannot try many names. */
export const SIGN_IN_RATE: RateLimit = { burst: 10, perSecond: 1 / 30 };

const SignInBody = z.object({ name: z.string().min(1).max(100), password: z.string().min(1).max(200) }).strict();

const problems = (error: z.ZodError) => error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');

/** What the screen needs to know about the caller. */
export function whoAmI(request: FastifyRequest) {
  const admin = adminOf(request);
  return { kind: admin.kind, account: admin.kind === 'account' ? admin.account : null, city: isCityAdmin(admin), scope: scopeOf(admin) };
}

export function publicSessionRoutes(store: Store, opts: { now: () => number; signInRate: RateLimit }) {
  const limiter = new RateLimiter(opts.signInRate, opts.now);
  return async function plugin(app: FastifyInstance): Promise<void> {
    app.get('/api/admin/setup', async () => ({ needsFirstAccount: (await countAccounts(store)) === 0 }));

    app.post('/api/admin/session', async (request, reply) => {
      if (request.headers[CSRF_HEADER] !== '1') return refuse(reply, 403, 'forbidden', `Sign-in must carry the header ${CSRF_HEADER}: 1.`);
      const wait = limiter.take(request.ip);
      if (wait > 0) return refuse(reply, 429, 'rate_limited', `Too many sign-in attempts from this address; try again in ${wait} s.`, { retryAfterSeconds: wait });
      const body = SignInBody.safeParse(request.body);
      if (!body.success) return refuse(reply, 400, 'bad_request', problems(body.error));
      const now = opts.now();
      const result = await signIn(store, body.data.name, body.data.password, now);
      const address = request.ip;
      if (result.ok) {
        const id = await createSession(store, result.account.id, now);
        await writeAudit(store.db, { actor: { id: result.account.id, name: result.account.name }, action: 'signIn', address, now });
        setSessionCookie(request, reply, id);
        return { account: result.account };
      }
      switch (result.reason) {
        case 'locked': {
          if (result.fresh) await writeAudit(store.db, { actor: { id: result.account.id, name: result.account.name }, action: 'locked', details: { failures: LOCK_AFTER_FAILURES, until: result.lockedUntil }, address, now });
          const seconds = Math.max(1, Math.ceil((Date.parse(result.lockedUntil) - now) / 1000));
          return refuse(reply, 423, 'locked', `Too many wrong passwords: this account is locked until ${result.lockedUntil}.`, { lockedUntil: result.lockedUntil, retryAfterSeconds: seconds });
        }
        case 'disabled':
          return refuse(reply, 403, 'disabled', 'This account is disabled; a city administrator can enable it.');
        case 'wrongPassword':
          await writeAudit(store.db, { actor: { id: result.account.id, name: result.account.name }, action: 'signInFailed', details: { failures: result.failures }, address, now });
          return refuse(reply, 401, 'wrong_credentials', 'The name or the password is wrong.');
        case 'wrong':
          return refuse(reply, 401, 'wrong_credentials', 'The name or the password is wrong.');
      }
    });
  };
}

export function sessionRoutes(store: Store, opts: { now: () => number }) {
  return async function plugin(admin: FastifyInstance): Promise<void> {
    admin.get('/api/admin/session', async (request) => whoAmI(request));
    admin.delete('/api/admin/session', async (request, reply) => {
      const id = sessionIdOf(request);
      const caller = adminOf(request);
      if (id && caller.kind === 'account') {
        await endSession(store, id);
        await writeAudit(store.db, { actor: actorOf(caller), action: 'signOut', address: request.ip, now: opts.now() });
      }
      clearSessionCookie(request, reply);
      return { signedOut: true };
    });
  };
}
