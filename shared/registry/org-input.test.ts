import { describe, expect, it } from 'vitest';
import { checkEnterpriseInput, checkProviderInput, checkStudioInput, checkTeamInput } from './org-input';
import { editableAt } from './scope';

const today = new Date('2026-06-01T00:00:00Z');
const enterprise = {
  name: '嘉兴市便民家电维修有限公司', creditCode: '91330402MA2B3C4D5X', serviceItemCodes: ['C1-01'], area: '南湖区',
  contactName: '周强', contactMobile: '139 0573 1234', joinDate: '2024-03-01',
};

describe('registry input rules', () => {
  it('checks the credit code per GB 32100 and normalises the mobile', () => {
    const bad = checkEnterpriseInput(enterprise, 'JX/NH', today);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems).toEqual([{ field: 'creditCode', code: 'creditCode.checkCharacter' }]);
    const good = checkEnterpriseInput({ ...enterprise, creditCode: '91350100M000100Y43', satisfactionRate: 0.95 }, 'JX/NH', today);
    expect(good).toMatchObject({ ok: true, value: { creditCode: '91350100M000100Y43', contactMobile: '13905731234', complaints: 0, satisfactionRate: 0.95 } });
  });

  it('refuses unknown items, future join dates, negative complaints and rates above 1', () => {
    const r = checkEnterpriseInput({ ...enterprise, creditCode: '91350100M000100Y43', serviceItemCodes: ['C9-99'], joinDate: '2027-01-01', complaints: -1, satisfactionRate: 1.5 }, 'JX/NH', today);
    expect(r.ok ? [] : r.problems.map((p) => `${p.field}:${p.code}`)).toEqual(['serviceItemCodes:unknownItem', 'joinDate:futureDate', 'complaints:wholeNumber', 'satisfactionRate:share']);
  });

  it('derives a team’s level from its owner and requires a name and type', () => {
    expect(checkTeamInput({ name: '大桥镇医疗队', type: 'health' }, 'JX/NH/T01')).toMatchObject({ ok: true, value: { level: 'town' } });
    const r = checkTeamInput({ name: ' ', type: 'x' as never }, 'JX/NH');
    expect(r.ok ? [] : r.problems.map((p) => p.field)).toEqual(['name', 'type']);
  });

  it('requires a studio leader and keeps the leader out of the members', () => {
    expect(checkStudioInput({ name: '老娘舅工作室', speciality: '调解', leaderId: 'v1', memberIds: ['v1', 'v2', 'v2'] }, 'JX/NH')).toMatchObject({ ok: true, value: { memberIds: ['v2'] } });
    expect(checkStudioInput({ name: '工作室', speciality: '调解', leaderId: '' }, 'JX/NH').ok).toBe(false);
  });

  it('needs a provider to offer a skill or a service item', () => {
    const r = checkProviderInput({ name: '王师傅', mobile: '13905731234', skills: [], serviceItemCodes: [], area: '大桥镇', joinDate: '2025-01-01' }, 'JX/NH/T01', today);
    expect(r.ok ? [] : r.problems).toEqual([{ field: 'skills', code: 'skillOrItem' }]);
    expect(checkProviderInput({ name: '王师傅', mobile: '13905731234', skills: ['locksmith'], serviceItemCodes: [], area: '大桥镇', joinDate: '2025-01-01' }, 'JX/NH/T01', today).ok).toBe(true);
  });

  it('lets only the owner and stations above it edit', () => {
    expect(editableAt('JX/NH', 'JX/NH/T01/V001')).toBe(false);
    expect(editableAt('JX/NH/T01/V001', 'JX/NH')).toBe(true);
    expect(editableAt('JX/NH/T01', 'JX/NH/T01')).toBe(true);
  });
});
