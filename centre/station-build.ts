/**
 * Is the renderer build the centre serves older than its sources? `npm run demo` rebuilds
 * only then, because a Vite build takes tens of seconds and most runs change nothing.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SKIP = new Set(['node_modules', '.git', 'dist']);

/** Newest modification time (ms) of any file under the given files or folders; 0 if none. */
export function newestMtime(paths: readonly string[]): number {
  let newest = 0;
  const visit = (p: string) => {
    let st;
    try {
      st = statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(p)) if (!SKIP.has(name)) visit(join(p, name));
    } else newest = Math.max(newest, st.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

/** True when `builtFile` is missing or any source is newer than it. */
export function buildIsStale(builtFile: string, sources: readonly string[]): boolean {
  let built: number;
  try {
    built = statSync(builtFile).mtimeMs;
  } catch {
    return true;
  }
  return newestMtime(sources) > built;
}
