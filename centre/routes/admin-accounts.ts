/**
 * The accounts and audit screens' API, for city administrators and the admin token only:
 * `GET/POST /api/admin/accounts`, `POST /api/admin/accounts/:id/{disable,enable,password,role}`,
 * `GET /api/admin/audit`. With the token, the first account of a new centre is made here.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Store } from '../db/store';
import { AccountInputError, changeRole, createAccount, listAccounts, resetPassword, setDisabled, type Account } from '../accounts/accounts';
import { listAudit, writeAudit, type AuditAction } from '../accounts/audit';
import { actorOf } from '../accounts/scope';
import { refuse } from '../http/errors';
import { adminOf, refuseUnlessCity } from './admin-auth';

const IdParams = z.object({ id: z.string().min(1).max(64) });
const AuditQuery = z.object({ before: z.coerce.number().int().positive().optional(), limit: z.coerce.number().int().min(1).max(200).optional() }).strict();

function isObject(body: unknown): body is Record<string, unknown> {
  return typeof body === 'object' && body !== null && !Array.isArray(body);
}

export function accountRoutes(store: Store, opts: { now: () => number }) {
  return async function plugin(admin: FastifyInstance): Promise<void> {
    admin.addHook('preHandler', async (request, reply) => {
      if (refuseUnlessCity(request, reply, 'manage administrator accounts or read the audit')) return reply;
    });

    /** Runs an account change, answers its refusal as a 4xx, and audits it. */
    const change = async (request: FastifyRequest, reply: FastifyReply, action: AuditAction, run: (body: Record<string, unknown>) => Promise<Account>, details: (a: Account) => Record<string, unknown> = () => ({})) => {
      const body = request.body === undefined || request.body === null ? {} : request.body;
      if (!isObject(body)) return refuse(reply, 400, 'bad_request', 'body: expected a JSON object');
      try {
        const account = await run(body);
        await writeAudit(store.db, { actor: actorOf(adminOf(request)), action, target: account.name, details: { accountId: account.id, ...details(account) }, address: request.ip, now: opts.now() });
        return { account };
      } catch (e) {
        if (e instanceof AccountInputError) return refuse(reply, e.status, e.status === 404 ? 'not_found' : e.status === 409 ? 'conflict' : 'bad_request', e.message);
        throw e;
      }
    };
    const idOf = (request: FastifyRequest): string => {
      const params = IdParams.safeParse(request.params);
      if (!params.success) throw new AccountInputError('No such account', 404);
      return params.data.id;
    };
    /** Administrators may not lock themselves out by accident: another city administrator (or the token) does it. */
    const notSelf = (request: FastifyRequest, id: string | undefined, what: string) => {
      const caller = adminOf(request);
      if (caller.kind === 'account' && caller.account.id === id) throw new AccountInputError(`You cannot ${what} your own account; another city administrator can.`, 409);
    };

    admin.get('/api/admin/accounts', async () => ({ accounts: await listAccounts(store) }));
    admin.post('/api/admin/accounts', async (request, reply) =>
      change(request, reply, 'account.create', (b) => createAccount(store, { name: b.name, password: b.password, role: b.role, county: b.county }, opts.now()), (a) => ({ role: a.role, county: a.countyPath })),
    );
    admin.post('/api/admin/accounts/:id/disable', async (request, reply) =>
      change(request, reply, 'account.disable', async () => {
        const id = idOf(request);
        notSelf(request, id, 'disable');
        return setDisabled(store, id, true, opts.now());
      }),
    );
    admin.post('/api/admin/accounts/:id/enable', async (request, reply) =>
      change(request, reply, 'account.enable', async () => setDisabled(store, idOf(request), false, opts.now())),
    );
    admin.post('/api/admin/accounts/:id/password', async (request, reply) =>
      change(request, reply, 'account.password', async (b) => resetPassword(store, idOf(request), b.password, opts.now())),
    );
    admin.post('/api/admin/accounts/:id/role', async (request, reply) =>
      change(request, reply, 'account.role', async (b) => {
        const id = idOf(request);
        notSelf(request, id, 'change the role of');
        return changeRole(store, id, b.role, b.county, opts.now());
      }, (a) => ({ role: a.role, county: a.countyPath })),
    );

    admin.get('/api/admin/audit', async (request, reply) => {
      const query = AuditQuery.safeParse(request.query);
      if (!query.success) return refuse(reply, 400, 'bad_request', query.error.issues.map((i) => `${i.path.join('.') || 'query'}: ${i.message}`).join('; '));
      return { entries: await listAudit(store, query.data) };
    });
  };
}
