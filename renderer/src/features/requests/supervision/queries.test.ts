import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { HelpRequest } from '../../../../../shared/domain/entities';
import { data, db } from '../../../db';
import { oftenRequests, overdueRequests } from './queries';

const actor = { operatorId: 'op-1' };
let n = 0;
function request(fields: Partial<HelpRequest>): Parameters<typeof data.create<'requests'>>[2] {
  n += 1;
  return {
    orgPath: 'JX/NH/T10/V003', number: `JX20261127-${String(n).padStart(4, '0')}`, callerName: '张三', callerPinyin: 'zhangsan', callerInitials: 'zs',
    callerMobile: '13905731234', address: '竹林村', itemCode: 'C1-02', categoryCode: 'C1', type: 'help', source: 'hotline', urgency: 'normal',
    description: '下水道堵塞', status: 'dispatched', receivedAt: '2026-11-27T02:00:00.000Z', ...fields,
  };
}

beforeEach(async () => {
  await Promise.all([db.synced('requests').clear(), db.outbox.clear()]);
});

describe('supervision lists', () => {
  it('lists open requests past due, longest overdue first, and leaves out closed, paused and not-yet-due ones', async () => {
    await data.createMany(actor, 'requests', [
      request({ number: 'late-1h', dueAt: '2026-11-27T09:00:00.000Z' }),
      request({ number: 'late-1d', status: 'inProgress', dueAt: '2026-11-26T10:00:00.000Z' }),
      request({ number: 'closed', status: 'completed', dueAt: '2026-11-25T10:00:00.000Z' }),
      request({ number: 'paused', status: 'accepted' }),
      request({ number: 'future', dueAt: '2026-11-28T10:00:00.000Z' }),
    ]);
    const rows = await overdueRequests('2026-11-27T10:00:00.000Z');
    expect(rows.map((r) => r.number)).toEqual(['late-1d', 'late-1h']);
  });

  it('lists often returned and often extended requests, most first', async () => {
    await data.createMany(actor, 'requests', [
      request({ number: 'r1', returns: 1 }), request({ number: 'r3', returns: 3 }), request({ number: 'r2', returns: 2, extensions: 2 }), request({ number: 'none' }),
    ]);
    expect((await oftenRequests('returns')).map((r) => r.number)).toEqual(['r3', 'r2']);
    expect((await oftenRequests('extensions')).map((r) => r.number)).toEqual(['r2']);
  });
});
