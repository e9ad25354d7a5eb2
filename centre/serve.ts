/** Starts a listening centre over its store; shared by `npm run centre` and `npm run demo`. */
import type { FastifyInstance } from 'fastify';
import { buildCentre, type SyncOptions } from './app';
import { openStore, type Store } from './db/store';
import type { CentreConfig } from './config';
import { ensureAdminToken } from './enrolment/admin-token';
import { ensureCatalogue } from './catalogue/catalogue';
import { ensureOrgTree } from './org/units';

export interface RunningCentre {
  app: FastifyInstance;
  store: Store;
  url: string;
  /** Stops accepting requests, lets running ones finish, then closes the store. */
  stop(): Promise<void>;
}

export async function startCentre(
  config: CentreConfig,
  opts: { store?: Store; logger?: boolean; print?: (line: string) => void; sync?: SyncOptions } = {},
): Promise<RunningCentre> {
  const store = opts.store ?? (await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  // The first start creates the admin token and shows it once; only its hash is kept.
  const adminToken = await ensureAdminToken(store);
  if (adminToken) (opts.print ?? console.log)(`Admin token for /admin (shown once; \`npm run centre -- admin-token\` makes a new one): ${adminToken}`);
  // A new centre starts with the built-in catalogue and calendar, which its administrator then edits.
  await ensureCatalogue(store);
  await ensureOrgTree(store);
  const app = buildCentre({ store, staticDir: config.staticDir, logger: opts.logger ? { level: 'warn' } : false, sync: opts.sync ?? faultInjection(process.env) });
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (e) {
    await app.close();
    await store.close();
    throw e;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  let stopping: Promise<void> | undefined;
  return {
    app,
    store,
    url: `http://${host}:${port}`,
    stop: () =>
      (stopping ??= (async () => {
        await app.close();
        await store.close();
      })()),
  };
}

/** Stops the centre cleanly on Ctrl-C or a service manager's SIGTERM. */
export function stopOnSignals(centre: RunningCentre, log: (line: string) => void = console.log): void {
  const onSignal = (signal: NodeJS.Signals) => {
    log(`${signal}: stopping the centre…`);
    centre.stop().then(
      () => process.exit(0),
      (e: unknown) => {
        console.error(e);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
}

/**
 * LIANXIN_FAULT_PAUSE_BEFORE_RECORDS_MS holds every push for that long inside its transaction,
 * after the change log is written and before the records are: the crash test kills the process
 * there (centre/sync/push-crash.test.ts). Unset in any real deployment.
 */
export function faultInjection(env: NodeJS.ProcessEnv): SyncOptions | undefined {
  const ms = Number(env.LIANXIN_FAULT_PAUSE_BEFORE_RECORDS_MS);
  if (!Number.isFinite(ms) || ms <= 0) return undefined;
  return {
    hooks: {
      beforeRecords: () => {
        console.error('fault injection: push paused before writing records');
        return new Promise((resolve) => setTimeout(resolve, ms));
      },
    },
  };
}
