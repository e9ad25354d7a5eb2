/**
 * Nothing of the tests ships: the production build a station installs carries no test hook, no
 * `?e2e` switch and no demo-data generator, so no one can write demo records into a real
 * station that would then sync to the city. The e2e build beside it does carry them, which
 * shows the markers below would be found if they were there.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';

/** Every text file of a build, concatenated. */
function buildText(dir: string): string {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile() && /\.(js|html|css)$/.test(f.name));
  return files.map((f) => readFileSync(join(f.parentPath, f.name), 'utf8')).join('\n');
}

const MARKERS = [
  ['the request list hook', 'lianxinDev'],
  ['the dashboard hook', 'lianxinDashboardDev'],
  ['the demo generator (its given names)', '伟强磊军勇杰涛明超刚'],
  ['a query-string switch', `has("e2e")`],
  ['a query-string switch', `has('e2e')`],
] as const;

test('the production build holds no test or demo hook', () => {
  const production = buildText('dist/renderer');
  for (const [what, marker] of MARKERS) expect(production.includes(marker), `${what}: ${marker}`).toBe(false);
});

test('the e2e build holds them, so the check above can fail', () => {
  const e2e = buildText('dist/renderer-e2e');
  for (const [what, marker] of MARKERS.slice(0, 3)) expect(e2e.includes(marker), `${what}: ${marker}`).toBe(true);
});
