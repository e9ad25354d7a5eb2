import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { data, db, type NewRecord } from '../../db';
import { suggestFor } from './suggest';
import { CATALOGUE_ITEMS } from '../../../../shared/catalogue/catalogue';

const actor = { operatorId: 'op' };
const village = 'JX/NH/T01/V001';
// An item needing nursing: volunteers with that skill qualify.
const item = CATALOGUE_ITEMS.find((i) => i.skills.includes('nursing'))!;

function volunteer(id: string, name: string, servicePoint: string, over: Partial<NewRecord<'volunteers'>> = {}): NewRecord<'volunteers'> {
  return {
    id, orgPath: servicePoint, volunteerNo: `LX${id}`, name, namePinyin: '', nameInitials: '', gender: 'female', birthDate: '1970-01-01', idNumber: `ID${id}`,
    mobile: '13905731234', politicalStatus: 'partyMember', skills: ['nursing'], teamIds: [], servicePoint, status: 'active', totalHours: 0, ...over,
  };
}

function request(id: string, assigneeId: string, status: 'dispatched' | 'archived', satisfaction?: 'satisfied' | 'dissatisfied'): NewRecord<'requests'> {
  return {
    id, orgPath: village, number: id, callerName: '张', callerPinyin: '', callerInitials: '', callerMobile: '13905731234', address: '', itemCode: item.code,
    categoryCode: item.categoryCode, type: 'help', source: 'hotline', urgency: 'normal', description: '', status, receivedAt: '2026-06-01T02:00:00Z',
    assigneeKind: 'volunteer', assigneeId, ...(satisfaction ? { satisfaction } : {}),
  };
}

beforeEach(async () => {
  await Promise.all(['volunteers', 'requests', 'teams', 'enterprises', 'providers'].map((t) => db.table(t).clear()));
});

describe('suggestFor', () => {
  it('ranks by skill, nearness, load and satisfaction, with reasons, and leaves out the unskilled and inactive', async () => {
    await data.createMany(actor, 'volunteers', [
      volunteer('v-village', '同村', village),
      volunteer('v-busy', '同村忙', village),
      volunteer('v-town', '同镇', 'JX/NH/T01/V007'),
      volunteer('v-county', '同县', 'JX/NH/T02/V001'),
      volunteer('v-far', '外县', 'JX/XZ/T01/V001'),
      volunteer('v-noskill', '无技能', village, { skills: ['law'] }),
      volunteer('v-left', '已退出', village, { status: 'left' }),
    ]);
    await data.createMany(actor, 'requests', [
      request('r1', 'v-busy', 'dispatched'), request('r2', 'v-busy', 'dispatched'), request('r3', 'v-busy', 'dispatched'), request('r4', 'v-busy', 'dispatched'),
      request('r5', 'v-town', 'archived', 'satisfied'),
    ]);
    await data.create(actor, 'enterprises', {
      orgPath: 'JX/NH', name: '康护公司', creditCode: '91350100M000100Y43', serviceItemCodes: [item.code], area: '南湖区', contactName: '周',
      contactMobile: '13905731234', joinDate: '2024-01-01', complaints: 0, satisfactionRate: 0.9,
    });
    const out = await suggestFor({ itemCode: item.code, orgPath: village, receivedAt: '2026-06-01T02:00:00Z' });
    const names = out.map((s) => s.candidate.name);
    expect(names).not.toContain('无技能');
    expect(names).not.toContain('已退出');
    // Beyond the county is beyond the rings looked at.
    expect(names).not.toContain('外县');
    expect(names.indexOf('同村')).toBe(0);
    expect(names.indexOf('同镇')).toBeLessThan(names.indexOf('同县'));
    const busy = out.find((s) => s.candidate.id === 'v-busy')!;
    expect(busy.reasons.find((r) => r.code === 'openLoad')?.params).toEqual({ count: 4 });
    expect(out.find((s) => s.candidate.id === 'v-town')?.reasons.map((r) => r.code)).toContain('satisfaction');
    expect(out.find((s) => s.candidate.kind === 'enterprise')?.reasons[0]?.code).toBe('coversItem');
  });

  it('follows a volunteer who moves or learns a skill, through the skill-and-place index, and never sends that index', async () => {
    await data.createMany(actor, 'volunteers', [volunteer('v-mover', '搬家的', village, { skills: ['law'] })]);
    const near = async () => (await suggestFor({ itemCode: item.code, orgPath: village, receivedAt: '2026-06-01T02:00:00Z' })).map((s) => s.candidate.id);
    expect(await near()).not.toContain('v-mover');
    await data.update(actor, 'volunteers', 'v-mover', { skills: ['law', 'nursing'] });
    expect(await near()).toContain('v-mover');
    await data.update(actor, 'volunteers', 'v-mover', { servicePoint: 'JX/XZ/T01/V001' });
    expect(await near()).not.toContain('v-mover');
    expect(await db.synced('volunteers').where('skillPlaces').equals('nursing|JX/XZ/T01/V001').primaryKeys()).toEqual(['v-mover']);
    const sent = (await db.outbox.toArray()).flatMap((b) => b.mutations).map((m) => Object.keys(m.fields ?? {}));
    expect(sent.flat()).toContain('servicePoint');
    expect(sent.flat()).not.toContain('skillPlaces');
  });
});
