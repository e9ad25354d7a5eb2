/**
 * The centre of bench `first-sync`: the demo city's records of ONE scope (a county by default)
 * written into a real centre store, with what the demo city leaves out but a station's first
 * sync carries in bulk — the events of every request (intake, dispatch, accept… as far as its
 * status went) and a service record for every request a volunteer completed.
 *
 * The demo city spreads its records over all of Jiaxing, so it is generated for the whole city at
 * the size that puts about the asked number in the scope, and only the scope is kept (records
 * stay as the demo made them: villages, numbers, callers, assignees).
 */
import type { BaseRecord, HelpRequest, RequestEvent, ServiceRecord, SyncedTableName } from '../shared/domain/entities';
import { demoCity, hashString } from '../shared/demo';
import { encodeHlc } from '../shared/clock/hlc';
import { uuidv7At } from '../shared/ids';
import { isWithin, parentOf } from '../shared/org/org-path';
import { villagePaths } from '../shared/org/org-tree';
import type { RequestEventData, RequestEventKind } from '../shared/requests/events';
import { writeRecords, type Store } from '../centre/db/store';

export interface ScopeSeed {
  scope: string;
  requests: number;
  volunteers: number;
  residents: number;
  now: number;
}

const BATCH = 5_000;

/** The share of the demo city's villages inside `scope`: records are spread over villages. */
function shareOf(scope: string): number {
  const all = villagePaths();
  const inside = all.filter((v) => isWithin(v, scope)).length;
  if (inside === 0) throw new Error(`no demo village lies in ${scope}`);
  return inside / all.length;
}

/** What a request's events are, from its status: the shortest honest history that leads there. */
const STEPS: Record<string, RequestEventKind[]> = {
  intake: ['intake'],
  escalated: ['intake', 'escalate'],
  dispatched: ['intake', 'dispatch'],
  returned: ['intake', 'dispatch', 'return'],
  accepted: ['intake', 'dispatch', 'accept'],
  inProgress: ['intake', 'dispatch', 'accept', 'start'],
  completed: ['intake', 'dispatch', 'accept', 'start', 'complete'],
  callbackDone: ['intake', 'dispatch', 'accept', 'start', 'complete', 'callback'],
  archived: ['intake', 'dispatch', 'accept', 'start', 'complete', 'callback', 'archive'],
  redo: ['intake', 'dispatch', 'accept', 'start', 'complete', 'callback'],
};

function dataOf(kind: RequestEventKind, r: HelpRequest, hours: number): RequestEventData[RequestEventKind] {
  switch (kind) {
    case 'escalate': return { toPath: parentOf(r.orgPath) ?? r.orgPath, reason: '需上级协调' };
    case 'dispatch': {
      const volunteer = r.assigneeKind === 'volunteer';
      return { assigneeKind: volunteer ? 'volunteer' : 'team', assigneeId: r.assigneeId ?? 'team', assigneeName: volunteer ? '志愿者' : '服务队' };
    }
    case 'return': return { reason: '时间冲突' };
    case 'complete': return { result: '已办结', hours: r.assigneeKind === 'volunteer' && r.assigneeId ? [{ volunteerId: r.assigneeId, hours }] : [] };
    case 'callback': return { satisfaction: r.status === 'redo' ? 'dissatisfied' : (r.satisfaction ?? 'satisfied'), note: '' };
    default: return {};
  }
}

/** The events of a request (and, when a volunteer completed it, its service record). */
export function historyOf(r: HelpRequest, i: number): { events: RequestEvent[]; service?: ServiceRecord } {
  const kinds = STEPS[r.status] ?? ['intake'];
  const start = Date.parse(r.receivedAt);
  const end = Math.max(start + kinds.length * 60_000, Date.parse(r.closedAt ?? r.updatedAt));
  const hours = 1 + (i % 4) / 2;
  const words = (k: number): [number, number, number] => [hashString(r.id), i, k];
  const events = kinds.map((kind, k): RequestEvent => {
    const at = Math.floor(start + ((end - start) * k) / Math.max(1, kinds.length - 1));
    const iso = new Date(at).toISOString();
    return {
      id: uuidv7At(at, words(k)), orgPath: r.orgPath, createdAt: iso, updatedAt: iso, updatedBy: 'bench',
      requestId: r.id, kind, hlc: encodeHlc({ wall: at, counter: k, node: 'bench' }), at: iso, operatorId: 'bench',
      stationPath: r.orgPath, role: 'stationAdmin', data: dataOf(kind, r, hours) as Record<string, unknown>,
    };
  });
  const done = events.find((e) => e.kind === 'complete');
  if (!done || r.assigneeKind !== 'volunteer' || !r.assigneeId) return { events };
  const service: ServiceRecord = {
    id: uuidv7At(Date.parse(done.at), words(99)), orgPath: r.orgPath, createdAt: done.at, updatedAt: done.at, updatedBy: 'bench',
    volunteerId: r.assigneeId, source: 'request', sourceId: r.id, eventId: done.id, date: done.at.slice(0, 10), place: r.address,
    beneficiary: r.callerName, content: r.description, hours, personInCharge: '', recorder: 'bench', endAt: done.at,
    ...(r.urgency !== 'normal' ? { urgent: true } : {}), ...(r.satisfaction ? { satisfaction: r.satisfaction } : {}),
  };
  return { events, service };
}

export interface SeededCounts {
  [table: string]: number;
}

/** Writes the scope's records into `store`, table by table in batches; returns what it wrote. */
export async function seedScope(store: Store, o: ScopeSeed, log: (line: string) => void): Promise<SeededCounts> {
  const share = shareOf(o.scope);
  const city = demoCity({
    requests: Math.ceil(o.requests / share),
    volunteers: Math.ceil(o.volunteers / share),
    residents: Math.ceil(o.residents / share),
    now: o.now,
  });
  const counts: SeededCounts = {};
  const write = async (table: SyncedTableName, rows: BaseRecord[]) => {
    for (let i = 0; i < rows.length; i += BATCH) await writeRecords(store, table, rows.slice(i, i + BATCH));
    counts[table] = (counts[table] ?? 0) + rows.length;
  };
  const inScope = (r: BaseRecord) => isWithin(r.orgPath, o.scope);
  // The catalogue and the teams of the whole city: the centre's scope rule picks what the station gets.
  await write('serviceCategories', city.serviceCategories);
  await write('serviceItems', city.serviceItems);
  await write('teams', city.teams);
  await write('volunteers', [...city.volunteers()].filter(inScope).slice(0, o.volunteers));
  await write('residents', [...city.residents()].filter(inScope).slice(0, o.residents));
  // Requests in slices so the city's requests never sit in memory together.
  let taken = 0;
  for (let from = 0; from < city.counts.requests && taken < o.requests; from += BATCH * 4) {
    const requests: HelpRequest[] = [];
    const events: RequestEvent[] = [];
    const services: ServiceRecord[] = [];
    let i = from;
    for (const r of city.requests(from, from + BATCH * 4)) {
      i++;
      if (!inScope(r) || taken >= o.requests) continue;
      taken++;
      requests.push(r);
      const h = historyOf(r, i);
      events.push(...h.events);
      if (h.service) services.push(h.service);
    }
    await write('requests', requests);
    await write('requestEvents', events);
    await write('serviceRecords', services);
    log(`  seeded ${taken} / ${o.requests} requests of ${o.scope}`);
  }
  return counts;
}
