import { describe, expect, it } from 'vitest';
import { checkRequestInput } from './request-input';

const call = {
  callerName: ' 张三丰 ', callerMobile: '+86 139-0573-1234', address: '竹林村 3 组', itemCode: 'C1-02',
  type: 'help', source: 'hotline', urgency: 'normal', description: '下水道堵塞',
} as const;

describe('checkRequestInput', () => {
  it('normalises what the clerk typed and finds the catalogue item', () => {
    const checked = checkRequestInput(call);
    expect(checked.ok && checked.value).toMatchObject({ callerName: '张三丰', callerMobile: '13905731234', itemCode: 'C1-02' });
    expect(checked.ok && checked.item.name).toBe('管道疏通');
  });

  it('names every field with a problem', () => {
    const checked = checkRequestInput({ ...call, callerMobile: '2390573123', address: 'x'.repeat(121), itemCode: '', source: undefined, urgency: 'soon' as never, description: '堵了' });
    expect(checked.ok ? [] : checked.problems).toEqual([
      { field: 'address', code: 'tooLong' }, { field: 'description', code: 'tooShort' }, { field: 'callerMobile', code: 'mobile' },
      { field: 'itemCode', code: 'required' }, { field: 'source', code: 'required' }, { field: 'urgency', code: 'invalidChoice' },
    ]);
    expect(checkRequestInput({})).toMatchObject({ ok: false });
  });

  it('takes a request for a unit of the station\'s own area, never outside it', () => {
    const forVillage = checkRequestInput({ ...call, orgPath: 'JX/NH/T01/V001' }, 'JX/NH');
    expect(forVillage.ok && forVillage.value.orgPath).toBe('JX/NH/T01/V001');
    expect(checkRequestInput({ ...call, orgPath: 'JX/HY/T01' }, 'JX/NH')).toMatchObject({ ok: false, problems: [{ field: 'orgPath', code: 'outsideArea' }] });
    expect(checkRequestInput({ ...call, orgPath: 'JX/NH/T99/V999' }, 'JX')).toMatchObject({ ok: false, problems: [{ field: 'orgPath', code: 'outsideArea' }] });
    const own = checkRequestInput({ ...call, orgPath: '' }, 'JX/NH');
    expect(own.ok && 'orgPath' in own.value).toBe(false);
  });
});
