/** The one-line progress of a demo seed, rewritten in place on a terminal. */
import type { SeedProgress } from './demo-seed';

const fmt = (n: number) => n.toLocaleString('en-US');

export function formatProgress(p: SeedProgress, elapsedMs: number): string {
  const pct = p.overallTotal ? Math.floor((100 * p.overallDone) / p.overallTotal) : 100;
  const rate = elapsedMs > 0 ? Math.round((p.overallDone * 1000) / elapsedMs) : 0;
  return `seeding ${p.table} ${fmt(p.done)}/${fmt(p.total)} · ${pct}% of ${fmt(p.overallTotal)} records · ${fmt(rate)} records/s`;
}

export function progressPrinter(out: NodeJS.WriteStream = process.stdout): { onProgress: (p: SeedProgress) => void; done: () => void } {
  const started = Date.now();
  let lastPrint = 0;
  let printed = false;
  return {
    onProgress(p) {
      const now = Date.now();
      // On a pipe (CI logs) one line every few seconds is enough.
      const every = out.isTTY ? 100 : 5000;
      if (now - lastPrint < every && p.overallDone < p.overallTotal) return;
      lastPrint = now;
      printed = true;
      const line = formatProgress(p, now - started);
      if (out.isTTY) out.write(`\r${line}\x1b[K`);
      else out.write(`${line}\n`);
    },
    done() {
      if (printed && out.isTTY) out.write('\n');
    },
  };
}
