/**
 * `npm run demo-data -- --volunteers 181000 --requests 1000000 --seed 7 [--reset]`: seeds the
 * demo city into the centre's store (SQLite by default, DATABASE_URL for PostgreSQL).
 */
import { centreConfig } from '../centre/config';
import { countRecords, openStore } from '../centre/db/store';
import { DEMO_DATA_USAGE, DemoArgsError, parseDemoDataArgs } from '../centre/demo-args';
import { DemoSeedConflictError, seedDemoCity } from '../centre/demo-seed';
import { progressPrinter } from '../centre/seed-progress';

async function main(): Promise<number> {
  const args = parseDemoDataArgs(process.argv.slice(2));
  if (args.help) {
    console.log(DEMO_DATA_USAGE);
    return 0;
  }
  const config = centreConfig(process.env, args.dataDir ? { dataDir: args.dataDir } : {});
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    console.log(`Store: ${store.kind} (${store.where})`);
    const progress = progressPrinter();
    const started = Date.now();
    const result = await seedDemoCity(store, { ...args.options, reset: args.reset }, progress.onProgress);
    progress.done();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const what = { seeded: `seeded in ${seconds} s`, resumed: `finished an interrupted seed in ${seconds} s`, unchanged: 'already there; nothing to do (--reset re-seeds)' }[result.status];
    console.log(`Demo city ${JSON.stringify(result.options)}: ${what}. The store holds ${(await countRecords(store)).toLocaleString('en-US')} records.`);
    return 0;
  } finally {
    await store.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (e instanceof DemoArgsError) console.error(`${e.message}\n\n${DEMO_DATA_USAGE}`);
    else if (e instanceof DemoSeedConflictError) console.error(e.message);
    else console.error(e);
    process.exit(e instanceof DemoArgsError || e instanceof DemoSeedConflictError ? 2 : 1);
  },
);
