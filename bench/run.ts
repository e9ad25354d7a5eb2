/**
 * `npm run bench -- <name> [--key value …]`: runs one benchmark and prints its figures; the
 * last line is one JSON object {bench, unit, value, baseline, ratio, …} where the baseline
 * was measured in the same run on the same machine. Benchmarks are never timed assertions.
 */
import { parseArgs } from 'node:util';
import { BENCHES } from './benches';

const { positionals, values } = parseArgs({ allowPositionals: true, strict: false });
const name = positionals[0];
const bench = name ? BENCHES[name] : undefined;
if (!bench) {
  console.error(`usage: npm run bench -- <${Object.keys(BENCHES).join('|')}> [options]`);
  process.exit(2);
}
const result = await bench(values as Record<string, string | boolean | undefined>);
console.log(JSON.stringify({ bench: name, ...result, ratio: Number((result.value / result.baseline).toFixed(3)) }));
