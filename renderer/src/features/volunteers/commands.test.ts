import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../db';
import { registerVolunteer, updateVolunteer, VolunteerRejected } from './commands';

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

describe('updateVolunteer', () => {
  const other = { ...input, name: '陈秀英', idNumber: '440524188001010014', mobile: '13905735678' };

  it('writes only the fields that changed, as one mutation through the outbox', async () => {
    const v = await registerVolunteer(actor, 'JX/NH/T10', { ...input, partyBranch: '一支部' });
    const saved = await updateVolunteer(actor, v.id, { ...input, mobile: '13905739999', partyBranch: '' });
    expect(saved).toMatchObject({ mobile: '13905739999', partyBranch: '', volunteerNo: v.volunteerNo, name: '李建国' });
    const mutations = (await db.outbox.toArray()).flatMap((row) => row.mutations);
    expect(mutations).toHaveLength(2);
    expect(Object.keys(mutations[1]!.fields).filter((k) => !['updatedAt', 'updatedBy'].includes(k)).sort()).toEqual(['mobile', 'partyBranch']);
  });

  it('changes nothing when nothing was changed', async () => {
    const v = await registerVolunteer(actor, 'JX/NH/T10', input);
    expect(await updateVolunteer(actor, v.id, input)).toBeNull();
    expect(await db.outbox.count()).toBe(1);
  });

  it("refuses another volunteer's ID number and bad fields, writing nothing", async () => {
    const v = await registerVolunteer(actor, 'JX/NH/T10', input);
    const taken = await registerVolunteer(actor, 'JX/NH/T10', other);
    const error = (await updateVolunteer(actor, v.id, { ...input, idNumber: other.idNumber }).catch((e: unknown) => e)) as VolunteerRejected;
    expect(error).toBeInstanceOf(VolunteerRejected);
    expect(error.existing?.id).toBe(taken.id);
    const bad = (await updateVolunteer(actor, v.id, { ...input, mobile: '123' }).catch((e: unknown) => e)) as VolunteerRejected;
    expect(bad.problems).toEqual([{ field: 'mobile', code: expect.any(String) }]);
    expect(await db.synced('volunteers').get(v.id)).toMatchObject({ mobile: input.mobile, idNumber: '11010519491231002X' });
    expect(await db.outbox.count()).toBe(2);
  });
});
