/**
 * The administrator's commands of `npm run centre`: enrolment codes, devices, the admin token,
 * administrator accounts.
 * Each opens the store the server would use, does one thing, prints the result and closes it.
 */
import { openStore } from './db/store';
import type { CentreConfig } from './config';
import { ConfigError } from './config';
import { createEnrolmentCode, EnrolmentInputError, listDevices, revokeDevice } from './enrolment/enrolment';
import { resetAdminToken } from './enrolment/admin-token';
import { AccountInputError, createAccount, listAccounts } from './accounts/accounts';
import { writeAudit } from './accounts/audit';
import { OrgUsageError, runOrgCommand } from './org/org-commands';

export type AdminCommand = 'enrol' | 'devices' | 'revoke' | 'admin-token' | 'admin-account' | 'org';
export const ADMIN_COMMANDS: readonly AdminCommand[] = ['enrol', 'devices', 'revoke', 'admin-token', 'admin-account', 'org'];

/** Who the audit says made an account from the command line (someone with the server's shell). */
export const CLI_ACTOR = { id: 'cli', name: 'command line' };

export interface AdminArgs {
  rest: string[];
  label?: string | undefined;
  expiresHours?: string | undefined;
  role?: string | undefined;
  county?: string | undefined;
  /** Reads the new account's password (cli.ts: ADMIN_PASSWORD, piped stdin, or a prompt). */
  readPassword?: () => Promise<string>;
}

export async function runAdminCommand(command: AdminCommand, args: AdminArgs, config: CentreConfig, print: (line: string) => void = console.log): Promise<number> {
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    switch (command) {
      case 'enrol': {
        const [orgPath, ...extra] = args.rest;
        if (!orgPath || extra.length) throw new ConfigError('enrol takes one org path, e.g. npm run centre -- enrol JX/NH/T01/V001 --label "新丰镇 V001"');
        const hours = args.expiresHours === undefined ? undefined : Number(args.expiresHours);
        const code = await createEnrolmentCode(store, orgPath, { label: args.label, expiresHours: hours });
        print(`Enrolment code for ${code.orgPath}: ${code.code}`);
        print(`Valid once, until ${code.expiresAt}. It is shown only now; the centre keeps only its hash.`);
        return 0;
      }
      case 'devices': {
        const devices = await listDevices(store);
        if (devices.length === 0) print('No devices enrolled.');
        for (const d of devices)
          print([d.id, d.orgPath, `seat ${d.seat ?? '-'}`, d.label ?? '-', `enrolled ${d.createdAt}`, `last seen ${d.lastSeenAt ?? 'never'}`, `seq ${d.lastSeqApplied}`, d.revokedAt ? `REVOKED ${d.revokedAt}` : 'active'].join('\t'));
        return 0;
      }
      case 'revoke': {
        const [id, ...extra] = args.rest;
        if (!id || extra.length) throw new ConfigError('revoke takes one device id (see npm run centre -- devices)');
        if (!(await revokeDevice(store, id))) {
          print(`No device ${id}.`);
          return 1;
        }
        print(`Device ${id} revoked: its next sync is refused; the station keeps its data and can enrol again.`);
        return 0;
      }
      case 'admin-token': {
        const token = await resetAdminToken(store);
        print(`New admin token (the old one no longer works): ${token}`);
        return 0;
      }
      case 'admin-account': {
        const [verb, name, ...extra] = args.rest;
        if (verb === 'list' && name === undefined) {
          const accounts = await listAccounts(store);
          if (accounts.length === 0) print('No administrator accounts.');
          for (const a of accounts) print([a.name, a.role, a.countyPath ?? '-', a.disabledAt ? `DISABLED ${a.disabledAt}` : 'active', `last sign-in ${a.lastSignInAt ?? 'never'}`].join('\t'));
          return 0;
        }
        if (verb !== 'add' || !name || extra.length) throw new ConfigError('admin-account takes: add <name> --role city|county [--county JX/NH], or list');
        if (!args.readPassword) throw new ConfigError('admin-account add needs a password: set ADMIN_PASSWORD or pipe it on stdin');
        const account = await createAccount(store, { name, password: await args.readPassword(), role: args.role, county: args.county });
        await writeAudit(store.db, { actor: CLI_ACTOR, action: 'account.create', target: account.name, details: { accountId: account.id, role: account.role, county: account.countyPath } });
        print(`Administrator ${account.name} added (${account.role}${account.countyPath ? ` ${account.countyPath}` : ''}): sign in at /admin.`);
        return 0;
      }
      case 'org':
        return await runOrgCommand(store, args.rest, print);
    }
  } catch (e) {
    if (e instanceof EnrolmentInputError || e instanceof AccountInputError || e instanceof OrgUsageError) throw new ConfigError(e.message);
    throw e;
  } finally {
    await store.close();
  }
}
