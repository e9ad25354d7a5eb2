/**
 * Who is calling /api/admin: the admin token as `Authorization: Bearer` (first set-up and
 * scripts), or an administrator's session cookie. The cookie is HttpOnly, SameSite=Strict and
 * Secure over https; a state-changing call made with it must also carry the header
 * `X-Lianxin-Admin: 1`, which another site's page cannot add without the centre's consent, so
 * a forged form post is refused even by a browser that ignores SameSite.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Store } from '../db/store';
import { isAdminToken } from '../enrolment/admin-token';
import { ABSOLUTE_HOURS, findSession } from '../accounts/sessions';
import { isCityAdmin, type Admin } from '../accounts/scope';
import { refuse } from '../http/errors';

export const SESSION_COOKIE = 'lianxin_admin';
export const CSRF_HEADER = 'x-lianxin-admin';
const BEARER = /^Bearer\s+(\S{1,200})\s*$/i;
const COOKIE_PATH = '/api/admin';

/** The session id from the Cookie header, if any. */
export function sessionIdOf(request: FastifyRequest): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) {
      const id = value.join('=');
      return /^[A-Za-z0-9_-]{20,100}$/.test(id) ? id : undefined;
    }
  }
  return undefined;
}

/** The Set-Cookie value of a session (empty value and 0 s to end it); Secure whenever the centre is reached over https. */
export function sessionCookie(value: string, maxAgeSeconds: number, secure: boolean): string {
  return [`${SESSION_COOKIE}=${value}`, `Path=${COOKIE_PATH}`, `Max-Age=${maxAgeSeconds}`, 'HttpOnly', 'SameSite=Strict', ...(secure ? ['Secure'] : [])].join('; ');
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, id: string): void {
  reply.header('set-cookie', sessionCookie(id, ABSOLUTE_HOURS * 3600, request.protocol === 'https'));
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.header('set-cookie', sessionCookie('', 0, request.protocol === 'https'));
}

const admins = new WeakMap<FastifyRequest, Admin>();

/** The caller the guard let through; only inside the guarded scope. */
export function adminOf(request: FastifyRequest): Admin {
  const admin = admins.get(request);
  if (!admin) throw new Error('adminOf called outside the guarded /api/admin scope');
  return admin;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function adminGuard(store: Store, now: () => number) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const m = BEARER.exec(authorization);
      if (!m?.[1] || !(await isAdminToken(store, m[1]))) return refuse(reply, 401, 'unauthorised', 'The admin token is missing or wrong (it was printed when the centre first started; `npm run centre -- admin-token` makes a new one).');
      admins.set(request, { kind: 'token' });
      return;
    }
    const id = sessionIdOf(request);
    const account = id ? await findSession(store, id, now()) : null;
    if (!account) return refuse(reply, 401, 'unauthorised', 'Not signed in, or the session has ended (30 minutes without use, or 12 hours after signing in): sign in again.');
    if (!SAFE_METHODS.has(request.method) && request.headers[CSRF_HEADER] !== '1') return refuse(reply, 403, 'forbidden', `A change made with the session cookie must carry the header ${CSRF_HEADER}: 1.`);
    admins.set(request, { kind: 'account', account });
  };
}

/** Refuses a county administrator (403); true when refused. */
export function refuseUnlessCity(request: FastifyRequest, reply: FastifyReply, what: string): boolean {
  if (isCityAdmin(adminOf(request))) return false;
  refuse(reply, 403, 'forbidden', `Only a city administrator may ${what}.`);
  return true;
}
