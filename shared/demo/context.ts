/**
 * What every demo generator shares: the seed, the time frame, the villages in a seeded order,
 * and deterministic record stamps (id, createdAt) that can be computed for index i alone, so a
 * team can name its leader's id without generating the leader.
 */
import type { BaseRecord, OrgUnit } from '../domain/entities';
import { uuidv7At } from '../ids';
import { orgTree, orgUnit, villagePaths } from '../org/org-tree';
import type { OrgPath } from '../org/org-path';
import { createRng, mixSeed, type Rng } from './rng';

export const DAY_MS = 86_400_000;
/** China Standard Time, used for calendar dates, working days and request numbers. */
export const CST_OFFSET_MS = 8 * 3_600_000;

/**
 * Table tags, written into the id (12 bits after the version nibble) together with the index
 * (32 bits), so demo ids never collide across tables or indexes.
 */
export const TABLE_TAG = { volunteers: 1, residents: 2, requests: 3, teams: 4, serviceCategories: 5, serviceItems: 6 } as const;
export type DemoTable = keyof typeof TABLE_TAG;

export interface DemoContext {
  seed: number;
  now: number;
  counts: { volunteers: number; requests: number; residents: number };
  /** Village paths in a seeded order: person i lives at villages[i mod V]. */
  villages: OrgPath[];
  /** Position of each village in `villages`. */
  villageIndex: Map<OrgPath, number>;
  unit(path: OrgPath): OrgUnit;
  /** The seeded content stream of record i of a table. */
  rng(table: DemoTable, i: number): Rng;
  /** A separate stream for record i's times, so its id is computable without its content. */
  timeRng(table: DemoTable, i: number): Rng;
  /** Id of record i created at `createdAtMs`. */
  idOf(table: DemoTable, i: number, createdAtMs: number): string;
  /** Id and times of record i created at `createdAtMs`. */
  stamp(table: DemoTable, i: number, createdAtMs: number, updatedAtMs?: number): BaseRecord;
}

export function createContext(seed: number, now: number, counts: DemoContext['counts']): DemoContext {
  const villages = [...villagePaths()];
  const shuffle = createRng(mixSeed(seed, 0x5eed));
  for (let i = villages.length - 1; i > 0; i--) {
    const j = shuffle.int(0, i);
    [villages[i], villages[j]] = [villages[j] as OrgPath, villages[i] as OrgPath];
  }
  orgTree();
  return {
    seed,
    now,
    counts,
    villages,
    villageIndex: new Map(villages.map((v, i) => [v, i])),
    unit(path) {
      const u = orgUnit(path);
      if (!u) throw new Error(`Unknown org unit ${path}`);
      return u;
    },
    rng: (table, i) => createRng(mixSeed(seed, TABLE_TAG[table], i, 1)),
    timeRng: (table, i) => createRng(mixSeed(seed, TABLE_TAG[table], i, 3)),
    idOf(table, i, createdAtMs) {
      const r = createRng(mixSeed(seed, TABLE_TAG[table], i, 2));
      const a = ((TABLE_TAG[table] << 20) | r.int(0, 0xfffff)) >>> 0;
      return uuidv7At(Math.floor(createdAtMs), [a, i >>> 0, r.int(0, 0xffffffff) >>> 0]);
    },
    stamp(table, i, createdAtMs, updatedAtMs = createdAtMs) {
      const created = Math.floor(createdAtMs);
      return {
        id: this.idOf(table, i, created),
        orgPath: '',
        createdAt: new Date(created).toISOString(),
        updatedAt: new Date(Math.max(created, Math.floor(updatedAtMs))).toISOString(),
        updatedBy: 'demo',
      };
    },
  };
}

/** `YYYY-MM-DD` of an instant, in China time. */
export function cstDate(ms: number): string {
  return new Date(ms + CST_OFFSET_MS).toISOString().slice(0, 10);
}

/** Midnight (China time) of the day holding `ms`, as epoch ms. */
export function cstDayStart(ms: number): number {
  return Math.floor((ms + CST_OFFSET_MS) / DAY_MS) * DAY_MS - CST_OFFSET_MS;
}

/** The county unit above a village or town path. */
export function countyOf(path: OrgPath): OrgPath {
  return prefixOf(path, 2);
}
export function townOf(path: OrgPath): OrgPath {
  return prefixOf(path, 3);
}
function prefixOf(path: OrgPath, segments: number): OrgPath {
  let cut = -1;
  for (let k = 0; k < segments; k++) {
    cut = path.indexOf('/', cut + 1);
    if (cut < 0) return path;
  }
  return path.slice(0, cut);
}
