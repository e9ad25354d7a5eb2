import { describe, expect, it } from 'vitest';
import { checkEnterpriseVisitInput, checkServedEnterpriseInput, DEFAULT_CHECKLIST, evaluateChecklist, needFromFailedCheck, normaliseChecklist } from './enterprise';

const today = '2026-11-27';

describe('checklist', () => {
  it('is configurable, cleaned of blanks and repeats', () => {
    expect(normaliseChecklist([' 消毒 ', '', '消毒', '测温'])).toEqual({ ok: true, items: ['消毒', '测温'] });
    expect(normaliseChecklist(['  '])).toEqual({ ok: false, code: 'empty' });
    expect(normaliseChecklist(Array.from({ length: 21 }, (_, i) => `项 ${i}`))).toEqual({ ok: false, code: 'tooMany' });
    expect(DEFAULT_CHECKLIST).toContain('员工健康监测台账完整');
  });

  it('finds the failed checks and turns each into a need', () => {
    const s = evaluateChecklist([{ item: '消毒', passed: true }, { item: '健康监测', passed: false, note: ' 缺 11 月记录 ' }, { item: '测温' }]);
    expect(s).toEqual({ answered: 2, passed: 1, failed: [{ item: '健康监测', passed: false, note: '缺 11 月记录' }], complete: false });
    expect(needFromFailedCheck(s.failed[0]!)).toBe('未通过:健康监测(缺 11 月记录)');
  });
});

describe('checkEnterpriseVisitInput', () => {
  const visit = { enterpriseId: 'e1', date: today, visitorIds: ['v1', 'v1'], checklist: [{ item: '消毒', passed: true, note: '' }, { item: '健康监测', passed: false, note: '缺记录' }], findings: ' 复工正常 ', needs: '' };

  it('keeps every check as it read that day', () => {
    expect(checkEnterpriseVisitInput(visit, today)).toEqual({ ok: true, value: {
      enterpriseId: 'e1', date: today, visitorIds: ['v1'], findings: '复工正常', needs: '',
      checklist: [{ item: '消毒', passed: true }, { item: '健康监测', passed: false, note: '缺记录' }],
    } });
  });

  it('wants every check answered and a failed one explained', () => {
    const r = checkEnterpriseVisitInput({ ...visit, date: '2026-11-28', visitorIds: [], checklist: [{ item: '消毒' }, { item: '测温', passed: false }] }, today);
    expect(r).toEqual({ ok: false, problems: [
      { field: 'date', code: 'future' }, { field: 'visitorIds', code: 'required' },
      { field: 'checklist.0', code: 'unanswered' }, { field: 'checklist.1', code: 'failedNeedsNote' },
    ] });
  });
});

describe('checkServedEnterpriseInput', () => {
  it('checks the unified social credit code and the contact mobile', () => {
    const good = { name: '嘉兴市某某纺织有限公司', creditCode: '91330402ma2b3c4d53', address: '南湖区大桥镇工业园 8 号', industry: '纺织', contactName: '周经理', contactMobile: '13905731234' };
    expect(checkServedEnterpriseInput(good)).toMatchObject({ ok: true, value: { creditCode: '91330402MA2B3C4D53', contactMobile: '13905731234' } });
    expect(checkServedEnterpriseInput({ ...good, creditCode: '91330402MA2B3C4D54' })).toEqual({ ok: false, problems: [{ field: 'creditCode', code: 'creditCode.checkCharacter' }] });
    expect(checkServedEnterpriseInput({ ...good, creditCode: '', contactMobile: '1234', name: '' })).toEqual({ ok: false, problems: [
      { field: 'name', code: 'required' }, { field: 'creditCode', code: 'required' }, { field: 'contactMobile', code: 'mobile' },
    ] });
  });
});
