/**
 * `npm run bench -- <name> [--key value …]`: runs one benchmark and prints its figures; the
 * last line is one JSON object {bench, unit, value, baseline, ratio, …} where the baseline
 * was measured in the same run on the same machine. Benchmarks are never timed assertions.
 */
import { BENCHES } from './benches';

/** `<name> --key value …`: options are passed to the benchmark as strings. */
const [name, ...rest] = process.argv.slice(2);
const values: Record<string, string> = {};
for (let i = 0; i < rest.length; i += 2) {
  const key = rest[i]!;
  if (!key.startsWith('--') || rest[i + 1] === undefined) {
    console.error(`expected --option value, got ${key}`);
    process.exit(2);
  }
  values[key.slice(2)] = rest[i + 1]!;
}
const bench = name ? BENCHES[name] : undefined;
if (!bench) {
  console.error(`usage: npm run bench -- <${Object.keys(BENCHES).join('|')}> [options]`);
  process.exit(2);
}
const result = await bench(values);
console.log(JSON.stringify({ bench: name, ...result, ratio: Number((result.value / result.baseline).toFixed(3)) }));
