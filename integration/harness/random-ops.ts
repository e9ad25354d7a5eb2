/**
 * One random thing a station operator does, through the data layer: add or edit a team or a
 * resident, delete one, take a request, or record a step the station's view of the request
 * allows. Everything a station may write lies in its own subtree.
 */
import { allowedKinds } from '../../shared/requests/lifecycle';
import type { RequestEventData, RequestEventKind } from '../../shared/requests/events';
import { parentOf } from '../../shared/org/org-path';
import { RecordNotFoundError } from '../../renderer/src/db/writer';
import { pick } from './random';
import { recordStep, requestState, takeRequest } from './requests';
import type { TestStation } from './station';

type StepKind = Exclude<RequestEventKind, 'intake' | 'pause' | 'resume' | 'requestExtension' | 'decideExtension'>;

function stepData(kind: StepKind, state: { holderPath: string; originPath: string }, random: () => number): RequestEventData[StepKind] | null {
  switch (kind) {
    case 'dispatch': return { assigneeKind: 'team', assigneeId: `team-${Math.floor(random() * 5)}`, assigneeName: '服务队' };
    case 'escalate': {
      const up = parentOf(state.holderPath);
      return up && up !== 'JX' ? { toPath: up, reason: '需上级协调' } : null;
    }
    case 'sendDown': return { toPath: state.originPath, reason: '退回属地办理' };
    case 'return': return { reason: '人手不足' };
    case 'complete': return { result: '已上门处理', hours: [] };
    case 'callback': return { satisfaction: pick(random, ['satisfied', 'basicallySatisfied', 'dissatisfied'] as const)!, note: '' };
    case 'supervise': return { card: pick(random, ['yellow', 'red'] as const)!, note: '' };
    case 'remind': return { note: '请尽快办理' };
    default: return {};
  }
}

export async function randomStep(station: TestStation, random: () => number, round: number): Promise<void> {
  const { data, db, stationPath } = station;
  const actor = { operatorId: station.operatorId };
  const r = random();
  const n = Math.floor(random() * 1e6);
  try {
    if (r < 0.15) {
      await data.create(actor, 'teams', { orgPath: stationPath, name: `服务队${n}`, type: 'care', level: stationPath.split('/').length > 3 ? 'village' : 'town' });
    } else if (r < 0.27) {
      await data.create(actor, 'residents', { orgPath: stationPath, name: `居民${n}`, namePinyin: 'jumin', nameInitials: 'jm', address: '某路1号', categories: ['elderly'], riskLevel: 'low' });
    } else if (r < 0.5) {
      const table = random() < 0.5 ? 'teams' : 'residents';
      const ids = (await db.table(table).where('orgPath').startsWith(stationPath).primaryKeys()) as string[];
      const id = pick(random, ids);
      if (!id) return;
      const change = table === 'teams'
        ? pick(random, [{ name: `改名${n}` }, { serviceObjects: `对象${n}` }, { type: 'health' as const }])!
        : pick(random, [{ name: `改名${n}` }, { notes: `备注${n}` }, { riskLevel: pick(random, ['low', 'medium', 'high'] as const)! }])!;
      await data.update(actor, table, id, change as never);
    } else if (r < 0.54) {
      const ids = (await db.table('residents').where('orgPath').startsWith(stationPath).primaryKeys()) as string[];
      const id = pick(random, ids);
      if (id) await data.remove(actor, 'residents', id);
    } else if (r < 0.7) {
      await takeRequest(station, round * 1000 + n % 1000);
    } else {
      const ids = (await db.table('requests').orderBy('id').reverse().limit(30).primaryKeys()) as string[];
      const id = pick(random, ids);
      if (!id) return;
      const current = await requestState(station, id);
      if (!current) return;
      const kinds = allowedKinds(current.state, stationPath, station.role).filter((k): k is StepKind =>
        !['intake', 'pause', 'resume', 'requestExtension', 'decideExtension'].includes(k));
      const kind = pick(random, kinds);
      if (!kind) return;
      const eventData = stepData(kind, current.state, random);
      if (eventData) await recordStep(station, id, kind, eventData as never);
    }
  } catch (e) {
    // A record deleted meanwhile (by this station or one it synced with) is not an error here.
    if (!(e instanceof RecordNotFoundError)) throw e;
  }
}
