import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../db';
import { registerVolunteer, VolunteerRejected } from './commands';

const actor = { operatorId: 'op-1' };
const input = {
  name: '李建国',
  idNumber: '11010519491231002x',
  mobile: '13905731234',
  politicalStatus: 'partyMember' as const,
  servicePoint: 'JX/NH/T10/V001',
};

beforeEach(async () => {
  await Promise.all([db.synced('volunteers').clear(), db.outbox.clear()]);
});

describe('registerVolunteer', () => {
  it('derives gender and birth date from the ID number and issues a volunteer number', async () => {
    const v = await registerVolunteer(actor, 'JX/NH/T10', input);
    expect(v).toMatchObject({ gender: 'female', birthDate: '1949-12-31', idNumber: '11010519491231002X', nameInitials: 'ljg', orgPath: 'JX/NH/T10' });
    expect(v.volunteerNo).toMatch(/^LX\d{4}[0-9A-F]{10}$/);
    expect(await db.outbox.count()).toBe(1);
  });

  it('refuses a second registration of one ID number, naming the existing volunteer', async () => {
    const first = await registerVolunteer(actor, 'JX/NH/T10', input);
    const error = await registerVolunteer(actor, 'JX/NH/T10', { ...input, name: '李国' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VolunteerRejected);
    expect((error as VolunteerRejected).existing?.volunteerNo).toBe(first.volunteerNo);
    expect(await db.synced('volunteers').count()).toBe(1);
    expect(await db.outbox.count()).toBe(1);
  });

  it('reports every bad field and writes nothing', async () => {
    const error = (await registerVolunteer(actor, 'JX/NH/T10', { ...input, idNumber: '110105194912310021', mobile: '1390573123', gender: 'male' }).catch((e: unknown) => e)) as VolunteerRejected;
    expect(error.problems.map((p) => p.field).sort()).toEqual(['idNumber', 'mobile']);
    const mismatch = (await registerVolunteer(actor, 'JX/NH/T10', { ...input, gender: 'male' }).catch((e: unknown) => e)) as VolunteerRejected;
    expect(mismatch.problems).toEqual([{ field: 'gender', code: 'genderMismatch' }]);
    expect(await db.outbox.count()).toBe(0);
  });
});
