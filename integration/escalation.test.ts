/**
 * Village → town escalation across real stations and the real centre: a village escalates a
 * request, the town receives it on its next sync, dispatches a town team and completes it,
 * and the village sees the outcome and calls the resident back. Also: two stations acting on
 * the same request at once end with the same state everywhere, the loser refused or flagged.
 */
import { describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../centre/testing/test-store';
import { useNetwork } from './harness/network';
import { recordStep, takeRequest } from './harness/requests';
import { rejectionsTable } from '../renderer/src/sync/local-state';
import { removeRefusedRecord } from '../renderer/src/sync/rejections';

const VILLAGE = 'JX/NH/T01/V001';
const TOWN = 'JX/NH/T01';

describe.each(STORE_KINDS)('village → town escalation on %s', (kind) => {
  const { stations } = useNetwork(kind, 1, { village: { path: VILLAGE, role: 'clerk' }, town: { path: TOWN, role: 'stationAdmin' } });

  it('reaches the town on its next sync and comes back to the village with the outcome', async () => {
    const { village, town } = stations;
    const request = await takeRequest(village, 1);
    expect(await recordStep(village, request.id, 'escalate', { toPath: TOWN, reason: '村里没有电工' })).not.toBeNull();
    expect(await village.runner.syncNow()).toBe('done');

    expect(await town.runner.syncNow()).toBe('done');
    expect(await town.db.synced('requests').get(request.id)).toMatchObject({ status: 'escalated', holderPath: TOWN, orgPath: VILLAGE });
    const team = await town.data.create({ operatorId: town.operatorId }, 'teams', { orgPath: TOWN, name: '镇电工服务队', type: 'life', level: 'town' });
    await recordStep(town, request.id, 'dispatch', { assigneeKind: 'team', assigneeId: team.id, assigneeName: team.name });
    await recordStep(town, request.id, 'accept', {});
    await recordStep(town, request.id, 'start', {});
    await recordStep(town, request.id, 'complete', { result: '已更换线路', hours: [] });
    expect(await town.runner.syncNow()).toBe('done');
    expect(await rejectionsTable(town.db).count()).toBe(0);

    expect(await village.runner.syncNow()).toBe('done');
    const seen = await village.db.synced('requests').get(request.id);
    expect(seen).toMatchObject({ status: 'completed', assigneeKind: 'team', assigneeId: team.id, holderPath: TOWN });
    // The town's team is shared down: the village can show who served.
    expect(await village.db.synced('teams').get(team.id)).toMatchObject({ name: '镇电工服务队' });
    expect(await village.db.synced('requestEvents').where('requestId').equals(request.id).count()).toBe(6);

    expect(await recordStep(village, request.id, 'callback', { satisfaction: 'satisfied', note: '很满意' })).not.toBeNull();
    await village.runner.syncNow();
    await town.runner.syncNow();
    expect(await town.db.synced('requests').get(request.id)).toMatchObject({ status: 'callbackDone', satisfaction: 'satisfied' });
  });

  it('settles two stations acting on one request at once to the same state everywhere', async () => {
    const { village, town } = stations;
    const request = await takeRequest(village, 2);
    await recordStep(village, request.id, 'escalate', { toPath: TOWN, reason: '需要镇里派人' });
    await village.runner.syncNow();
    await town.runner.syncNow();
    // Both act on the escalated request before hearing from each other.
    await recordStep(town, request.id, 'dispatch', { assigneeKind: 'team', assigneeId: 'town-team', assigneeName: '镇服务队' });
    await recordStep(village, request.id, 'sendDown', { toPath: VILLAGE, reason: '村里自己处理' }).catch(() => null);
    await recordStep(village, request.id, 'remind', { note: '请尽快' });
    await town.runner.syncNow();
    await village.runner.syncNow();
    for (const r of await rejectionsTable(village.db).toArray()) await removeRefusedRecord(village.db, r);
    await village.runner.syncNow();
    await town.runner.syncNow();
    const a = await village.db.synced('requests').get(request.id);
    const b = await town.db.synced('requests').get(request.id);
    expect(a?.status).toBe('dispatched');
    expect({ status: a?.status, holder: a?.holderPath, assignee: a?.assigneeId, flags: a?.flags ?? [] }).toEqual({ status: b?.status, holder: b?.holderPath, assignee: b?.assigneeId, flags: b?.flags ?? [] });
    expect(await village.db.synced('requestEvents').where('requestId').equals(request.id).count()).toBe(await town.db.synced('requestEvents').where('requestId').equals(request.id).count());
  });
});
