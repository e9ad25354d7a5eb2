/**
 * `npm run centre -- [command] [options]`. Commands: `serve` (default), and the
 * administrator's `enrol`, `devices`, `revoke`, `admin-token`, `admin-account` (admin-commands.ts).
 */
import { parseArgs } from 'node:util';
import { centreConfig, ConfigError } from './config';
import { startCentre, stopOnSignals } from './serve';
import { ADMIN_COMMANDS, runAdminCommand, type AdminCommand } from './admin-commands';
import { readPassword } from './accounts/read-password';

const USAGE = `Usage: npm run centre -- [serve] [--host H] [--port P] [--data-dir D] [--static-dir S]

  serve                      start the city centre (default)
  enrol <org-path> [--label L] [--expires-hours 72]
                             print a one-time enrolment code for a station of that org unit
  devices                    list enrolled devices
  revoke <device-id>         revoke a device's credential
  admin-token                print a new admin token for /admin (the old one stops working)
  admin-account add <name> --role city|county [--county JX/NH]
                             add an administrator account; the password comes from ADMIN_PASSWORD,
                             from stdin when piped, or is asked for twice
  admin-account list         list administrator accounts
  org import <file.xlsx|file.csv>
                             import the org tree (every bad row reported, nothing written if any)
  org list [org-path]        list the org tree's units

Environment: DATABASE_URL=postgres://… selects PostgreSQL (else SQLite in DATA_DIR, default ./data);
HOST (default 127.0.0.1), PORT (default 8345), STATIC_DIR (default dist/renderer).`;

async function serve(flags: Record<string, string | undefined>): Promise<void> {
  const config = centreConfig(process.env, { host: flags.host, port: flags.port, dataDir: flags['data-dir'], staticDir: flags['static-dir'] });
  const centre = await startCentre(config, { logger: true });
  console.log(`Lianxin centre listening on ${centre.url}`);
  console.log(`Store: ${centre.store.kind} (${centre.store.where})`);
  stopOnSignals(centre);
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      host: { type: 'string' },
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      'static-dir': { type: 'string' },
      label: { type: 'string' },
      'expires-hours': { type: 'string' },
      role: { type: 'string' },
      county: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [command = 'serve', ...rest] = positionals;
  if (command === 'serve' && rest.length === 0) {
    await serve(values as Record<string, string | undefined>);
    return -1;
  }
  if ((ADMIN_COMMANDS as readonly string[]).includes(command)) {
    const config = centreConfig(process.env, { dataDir: values['data-dir'] });
    return runAdminCommand(command as AdminCommand, { rest, label: values.label, expiresHours: values['expires-hours'], role: values.role, county: values.county, readPassword: () => readPassword(process.env) }, config);
  }
  console.error(`Unknown command: ${[command, ...rest].join(' ')}\n\n${USAGE}`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    // -1: a server is running and exits on a signal.
    if (code >= 0) process.exit(code);
  },
  (e: unknown) => {
    console.error(e instanceof ConfigError || (e instanceof TypeError && 'code' in e) ? `${(e as Error).message}\n\n${USAGE}` : e);
    process.exit(e instanceof ConfigError || e instanceof TypeError ? 2 : 1);
  },
);
