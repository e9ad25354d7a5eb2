/**
 * 演示城市 the demo city: Jiaxing's real counties and towns, 2,284 generated villages, and as
 * many volunteers, residents and requests as asked for, deterministic from a seed. Records are
 * produced per index, so 181,000 volunteers and 1,000,000 requests can be streamed in slices
 * without ever being held in memory together.
 */
import type { HelpRequest, OrgUnit, Resident, ServiceCategory, ServiceItem, Team, Volunteer } from '../domain/entities';
import { CATALOGUE_ITEMS, CATEGORIES } from '../catalogue/catalogue';
import { CITY_PATH } from '../org/org-path';
import { orgTree } from '../org/org-tree';
import { DAY_MS, cstDayStart, createContext } from './context';
import { request } from './requests';
import { resident } from './residents';
import { planTeams, team, teamCount } from './teams';
import { volunteer, volunteerId } from './volunteers';

export interface DemoOptions {
  seed?: number;
  volunteers?: number;
  requests?: number;
  residents?: number;
  /** ms; requests spread over the 24 months before it. Default: the start of today, China time. */
  now?: number;
}

export const DEMO_DEFAULTS = { seed: 1, volunteers: 2000, requests: 5000, residents: 1000 } as const;

export interface DemoCity {
  orgUnits: OrgUnit[];
  serviceCategories: ServiceCategory[];
  serviceItems: ServiceItem[];
  teams: Team[];
  volunteer(i: number): Volunteer;
  resident(i: number): Resident;
  request(i: number): HelpRequest;
  volunteers(from?: number, to?: number): Iterable<Volunteer>;
  residents(from?: number, to?: number): Iterable<Resident>;
  requests(from?: number, to?: number): Iterable<HelpRequest>;
  counts: { volunteers: number; requests: number; residents: number };
  seed: number;
  now: number;
}

function* range<T>(count: number, make: (i: number) => T, from = 0, to = count): Generator<T> {
  for (let i = Math.max(0, from); i < Math.min(count, to); i++) yield make(i);
}

function count(name: string, value: number | undefined, fallback: number): number {
  const n = value ?? fallback;
  if (!Number.isSafeInteger(n) || n < 0 || n > 0xffffffff) throw new RangeError(`demo ${name} must be a whole number ≥ 0, got ${n}`);
  return n;
}

export function demoCity(opts: DemoOptions = {}): DemoCity {
  const seed = count('seed', opts.seed, DEMO_DEFAULTS.seed);
  // Midnight rather than this instant, so two runs on the same day give the same city.
  const now = opts.now ?? cstDayStart(Date.now());
  const counts = {
    volunteers: count('volunteers', opts.volunteers, DEMO_DEFAULTS.volunteers),
    requests: count('requests', opts.requests, DEMO_DEFAULTS.requests),
    residents: count('residents', opts.residents, DEMO_DEFAULTS.residents),
  };
  const ctx = createContext(seed, now, counts);
  const plan = planTeams(ctx);
  // The catalogue was set up by the city centre two years before the first demo request.
  const catalogueAt = now - 3 * 365 * DAY_MS;
  const serviceCategories = CATEGORIES.map((c, i): ServiceCategory => ({ ...ctx.stamp('serviceCategories', i, catalogueAt + i), orgPath: CITY_PATH, ...c }));
  const serviceItems = CATALOGUE_ITEMS.map((item, i): ServiceItem => ({
    ...ctx.stamp('serviceItems', i, catalogueAt + 1000 + i),
    orgPath: CITY_PATH,
    ...item,
    keywords: [...item.keywords],
    skills: [...item.skills],
  }));
  const makeVolunteer = (i: number) => volunteer(ctx, plan, i);
  const makeResident = (i: number) => resident(ctx, i);
  const makeRequest = (i: number) => request(ctx, plan, i);
  return {
    orgUnits: orgTree().map((u) => ({ ...u })),
    serviceCategories,
    serviceItems,
    teams: Array.from({ length: teamCount(plan) }, (_, i) => team(ctx, plan, i, (v) => volunteerId(ctx, v))),
    volunteer: makeVolunteer,
    resident: makeResident,
    request: makeRequest,
    volunteers: (from, to) => range(counts.volunteers, makeVolunteer, from, to),
    residents: (from, to) => range(counts.residents, makeResident, from, to),
    requests: (from, to) => range(counts.requests, makeRequest, from, to),
    counts,
    seed,
    now,
  };
}
