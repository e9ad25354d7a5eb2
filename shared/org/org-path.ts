/**
 * 组织路径 org paths: every record carries the path of the org unit that owns it, and a
 * subtree is a path prefix taken segment by segment. This module owns the scope rule
 * (ARCHITECTURE.md, "Scope"); the renderer, the sync client and the centre all call it.
 *
 * Shape: `JX` city, `JX/NH` county, `JX/NH/T01` town, `JX/NH/T01/V001` village. The check
 * here is structural; whether a path names a unit of the bundled tree is `orgUnit(path)`.
 */
import type { OrgLevel } from '../domain/entities';

export type OrgPath = string;

export const CITY_PATH = 'JX';

const LEVELS: readonly OrgLevel[] = ['city', 'county', 'town', 'village'];
const SEGMENT = /^[A-Z0-9]{1,8}$/;

export function isValidOrgPath(p: string): boolean {
  if (typeof p !== 'string') return false;
  const segments = p.split('/');
  if (segments.length > LEVELS.length || segments[0] !== CITY_PATH) return false;
  return segments.every((s) => SEGMENT.test(s));
}

function assertValid(p: string): void {
  if (!isValidOrgPath(p)) throw new Error(`Not an org path: ${JSON.stringify(p)}`);
}

export function parentOf(p: OrgPath): OrgPath | null {
  assertValid(p);
  const cut = p.lastIndexOf('/');
  return cut < 0 ? null : p.slice(0, cut);
}

export function levelOf(p: OrgPath): OrgLevel {
  assertValid(p);
  return LEVELS[p.split('/').length - 1] as OrgLevel;
}

/** `path` is `root` or lies below it. Segment-wise, so `JX/NH/T1` is not within `JX/NH/T`. */
export function isWithin(path: OrgPath, root: OrgPath): boolean {
  return path === root || (path.length > root.length && path.startsWith(root) && path[root.length] === '/');
}

/** The ancestors of `p`, city first, `p` itself excluded. */
export function ancestorsOf(p: OrgPath): OrgPath[] {
  assertValid(p);
  const segments = p.split('/');
  const out: OrgPath[] = [];
  for (let i = 1; i < segments.length; i++) out.push(segments.slice(0, i).join('/'));
  return out;
}

/**
 * The scope rule: a station sees a record in its own subtree; a record shared downward
 * (catalogue, teams, studios, enterprises, venues…) is also seen by every station below its owner.
 */
export function isVisibleTo(recordPath: OrgPath, stationPath: OrgPath, sharedDown: boolean): boolean {
  return isWithin(recordPath, stationPath) || (sharedDown && isWithin(stationPath, recordPath));
}
