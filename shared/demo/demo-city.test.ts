import { describe, expect, it } from 'vitest';
import { SKILL_CODES, catalogueItem } from '../catalogue/catalogue';
import { idTime, isValidId } from '../ids';
import { isWithin, levelOf } from '../org/org-path';
import { orgUnit } from '../org/org-tree';
import { searchKeys } from '../text/pinyin';
import { isValidMobile } from '../validation/mobile';
import { checkResidentId } from '../validation/resident-id';
import { demoCity } from './demo-city';

const now = Date.UTC(2026, 10, 27, 16); // midnight 2026-11-28 in China
const city = demoCity({ now, volunteers: 3000, requests: 4000, residents: 2500 });
const volunteers = [...city.volunteers()];
const residents = [...city.residents()];
const requests = [...city.requests()];

describe('demo city: determinism and slices', () => {
  it('gives the same city for the same seed, another for another seed', () => {
    const again = demoCity({ now, volunteers: 3000, requests: 4000, residents: 2500 });
    expect(again.volunteer(17)).toEqual(city.volunteer(17));
    expect(again.request(3999)).toEqual(requests[3999]);
    expect(again.teams).toEqual(city.teams);
    const other = demoCity({ now, seed: 2, volunteers: 3000, requests: 4000, residents: 2500 });
    expect(other.volunteer(17).name + other.volunteer(17).idNumber).not.toBe(city.volunteer(17).name + city.volunteer(17).idNumber);
    expect(other.volunteer(17).id).not.toBe(city.volunteer(17).id);
  });

  it('makes a different record for every index, and slices equal single records', () => {
    expect(new Set(volunteers.map((v) => v.idNumber)).size).toBeGreaterThan(volunteers.length * 0.99);
    expect([...city.requests(100, 110)]).toEqual(requests.slice(100, 110));
    expect([...city.volunteers(2995, 5000)]).toHaveLength(5);
    expect(() => city.request(4000)).toThrow(RangeError);
  });

  it('uses defaults and rejects nonsense sizes', () => {
    expect(demoCity({ now }).counts).toEqual({ volunteers: 2000, requests: 5000, residents: 1000 });
    expect(() => demoCity({ volunteers: -1 })).toThrow(RangeError);
    expect(() => demoCity({ requests: 1.5 })).toThrow(RangeError);
  });

  it('has unique, valid, time-sortable ids across all tables', () => {
    const all = [...volunteers, ...residents, ...requests, ...city.teams, ...city.serviceItems, ...city.serviceCategories];
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    for (const r of all) {
      expect(isValidId(r.id)).toBe(true);
      expect(idTime(r.id)).toBe(Date.parse(r.createdAt));
      expect(r.updatedAt >= r.createdAt).toBe(true);
      expect(r.updatedBy).toBe('demo');
      expect(orgUnit(r.orgPath), r.orgPath).toBeDefined();
    }
    // Requests are generated in time order, so their ids sort with their index.
    expect(requests.map((r) => r.id)).toEqual([...requests.map((r) => r.id)].sort());
  });

  it('streams a city of 181,000 volunteers and 1,000,000 requests without building it', () => {
    const big = demoCity({ now, volunteers: 181_000, requests: 1_000_000 });
    const last = big.request(999_999);
    expect(Date.parse(last.receivedAt)).toBeLessThan(now);
    expect(last.number.startsWith('JX20261127-')).toBe(true);
    expect(big.volunteer(180_999).volunteerNo).toBe('330400181000');
    expect([...big.requests(500_000, 500_003)]).toHaveLength(3);
    expect(big.teams.every((t) => t.leaderId !== undefined)).toBe(true);
  });
});

describe('demo city: people', () => {
  it('gives volunteers valid ID numbers that match their county, gender and birth date', () => {
    for (const v of volunteers) {
      const check = checkResidentId(v.idNumber, new Date(now));
      expect(check.ok, v.idNumber).toBe(true);
      if (!check.ok) continue;
      expect(check.birthDate).toBe(v.birthDate);
      expect(check.gender).toBe(v.gender);
      expect(check.areaCode).toBe(orgUnit(v.orgPath.split('/').slice(0, 2).join('/'))?.areaCode);
      expect(isValidMobile(v.mobile)).toBe(true);
      expect(levelOf(v.orgPath)).toBe('village');
      expect(v.servicePoint).toBe(v.orgPath);
      for (const s of v.skills) expect(SKILL_CODES.has(s)).toBe(true);
    }
    expect(new Set(volunteers.map((v) => v.volunteerNo)).size).toBe(volunteers.length);
    expect(volunteers.filter((v) => v.status === 'active').length / volunteers.length).toBeGreaterThan(0.8);
    expect(volunteers.filter((v) => v.politicalStatus === 'partyMember').length / volunteers.length).toBeGreaterThan(0.7);
  });

  it('gives names search keys that agree with shared/text/pinyin', () => {
    for (const p of [...volunteers.slice(0, 300), ...residents.slice(0, 300)]) {
      expect({ pinyin: p.namePinyin, initials: p.nameInitials }).toEqual(searchKeys(p.name));
    }
    for (const r of requests.slice(0, 300)) expect({ pinyin: r.callerPinyin, initials: r.callerInitials }).toEqual(searchKeys(r.callerName));
  });

  it('gives residents consistent categories and details', () => {
    for (const r of residents) {
      if (r.idNumber) expect(checkResidentId(r.idNumber, new Date(now)).ok).toBe(true);
      if (r.mobile) expect(isValidMobile(r.mobile)).toBe(true);
      expect(r.categories.includes('disabled')).toBe(r.disability !== undefined);
      if (r.disability) expect(r.disability.cardNo).toHaveLength(20);
    }
    expect(new Set(residents.flatMap((r) => r.categories)).size).toBe(4);
  });
});

describe('demo city: teams and requests', () => {
  const teamsById = new Map(city.teams.map((t) => [t.id, t]));
  const volunteersById = new Map(volunteers.map((v) => [v.id, v]));

  it('has teams at city, county and town level, linked upwards, led by local volunteers', () => {
    expect(city.teams).toHaveLength((1 + 7 + 73) * 7);
    for (const t of city.teams) {
      expect(levelOf(t.orgPath)).toBe(t.level);
      if (t.parentTeamId) {
        const parent = teamsById.get(t.parentTeamId);
        expect(parent?.type).toBe(t.type);
        expect(isWithin(t.orgPath, parent?.orgPath ?? '-')).toBe(true);
      } else expect(t.level).toBe('city');
      if (t.leaderId) {
        const leader = volunteersById.get(t.leaderId);
        expect(leader, t.name).toBeDefined();
        expect(isWithin(leader?.orgPath ?? '', t.orgPath)).toBe(true);
        expect(leader?.teamIds).toContain(t.id);
      }
    }
    for (const v of volunteers) for (const id of v.teamIds) expect(teamsById.has(id)).toBe(true);
  });

  it('makes requests that reference real items, people and teams', () => {
    const residentIds = new Set(residents.map((r) => r.id));
    for (const r of requests) {
      const item = catalogueItem(r.itemCode);
      expect(item?.categoryCode).toBe(r.categoryCode);
      if (r.residentId) expect(residentIds.has(r.residentId)).toBe(true);
      if (r.assigneeKind === 'volunteer') expect(volunteersById.get(r.assigneeId ?? '')?.orgPath).toBe(r.orgPath);
      if (r.assigneeKind === 'team') expect(teamsById.has(r.assigneeId ?? '')).toBe(true);
      if (r.assigneeKind === 'orgUnit') expect(isWithin(r.orgPath, r.assigneeId ?? '-')).toBe(true);
      expect(isValidMobile(r.callerMobile)).toBe(true);
    }
  });

  it('keeps request times consistent', () => {
    const closed = new Set(['completed', 'callbackDone', 'archived']);
    let previous = 0;
    for (const r of requests) {
      const received = Date.parse(r.receivedAt);
      expect(received).toBeGreaterThanOrEqual(previous);
      previous = received;
      expect(received).toBeGreaterThan(now - 731 * 86_400_000);
      expect(received).toBeLessThan(now);
      expect(Date.parse(r.dueAt ?? '')).toBeGreaterThan(received);
      expect(r.closedAt !== undefined).toBe(closed.has(r.status));
      if (r.closedAt) {
        expect(Date.parse(r.closedAt)).toBeGreaterThanOrEqual(received);
        expect(Date.parse(r.closedAt)).toBeLessThanOrEqual(now);
      }
      expect(r.satisfaction !== undefined).toBe(r.status === 'callbackDone' || r.status === 'archived');
    }
  });

  it('numbers requests per day and leaves old ones closed, recent ones open', () => {
    expect(new Set(requests.map((r) => r.number)).size).toBe(requests.length);
    const byDay = new Map<string, number[]>();
    for (const r of requests) {
      const [day, seq] = r.number.slice(2).split('-');
      byDay.set(day as string, [...(byDay.get(day as string) ?? []), Number(seq)]);
    }
    for (const seqs of byDay.values()) expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    const old = requests.filter((r) => Date.parse(r.receivedAt) < now - 60 * 86_400_000);
    const recent = requests.filter((r) => Date.parse(r.receivedAt) > now - 2 * 86_400_000);
    expect(old.filter((r) => r.status === 'archived').length / old.length).toBeGreaterThan(0.7);
    expect(recent.filter((r) => r.closedAt === undefined).length / recent.length).toBeGreaterThan(0.5);
    for (const key of ['source', 'type', 'urgency', 'categoryCode'] as const) expect(new Set(requests.map((r) => r[key])).size).toBeGreaterThan(2);
  });
});

describe('demo city: one ID number registers once', () => {
  it('never repeats a volunteer ID number, also across the sequence blocks', () => {
    const city = demoCity({ volunteers: 181_000, requests: 0, residents: 0, now: Date.UTC(2026, 10, 28) });
    const seen = new Set<string>();
    // The start, and a stretch across the first block boundary (≈ 21,900 days of ages 18–78).
    for (const range of [[0, 20_000], [20_900, 23_900], [175_000, 181_000]] as const) {
      for (const v of city.volunteers(range[0], range[1])) {
        expect(seen.has(v.idNumber), v.idNumber).toBe(false);
        seen.add(v.idNumber);
        const id = checkResidentId(v.idNumber, new Date(Date.UTC(2026, 10, 28)));
        expect(id.ok && id.birthDate === v.birthDate && id.gender === v.gender).toBe(true);
      }
    }
  });
});
