import { describe, expect, it } from 'vitest';
import { checkPairingInput, repairReason } from './pairing';

const member = { id: 'v1', politicalStatus: 'partyMember' as const, status: 'active' as const };
const input = { volunteerId: 'v1', residentId: 'r1', frequency: 'monthly' as const, startDate: '2026-11-27' };
const today = '2026-11-27';

describe('checkPairingInput', () => {
  it('accepts an active party member for a household', () => {
    expect(checkPairingInput(input, member, [])).toEqual({ ok: true, value: input });
    expect(checkPairingInput({ ...input, endDate: '2027-11-26' }, member, [])).toMatchObject({ ok: true, value: { endDate: '2027-11-26' } });
  });

  it('names every problem', () => {
    const r = checkPairingInput({ residentId: 'r1', frequency: 'daily' as never, startDate: '2026-11-31', endDate: '2026-13-01' }, undefined, []);
    expect(r).toEqual({ ok: false, problems: [
      { field: 'volunteerId', code: 'required' }, { field: 'frequency', code: 'invalidChoice' },
      { field: 'startDate', code: 'date' }, { field: 'endDate', code: 'date' },
    ] });
    expect(checkPairingInput({ ...input, endDate: '2026-11-01' }, member, [])).toMatchObject({ ok: false, problems: [{ field: 'endDate', code: 'endBeforeStart' }] });
  });

  it('pairs only active party members', () => {
    expect(checkPairingInput(input, { ...member, politicalStatus: 'masses' }, [])).toMatchObject({ ok: false, problems: [{ field: 'volunteerId', code: 'notPartyMember' }] });
    expect(checkPairingInput(input, { ...member, status: 'left' }, [])).toMatchObject({ ok: false, problems: [{ field: 'volunteerId', code: 'memberNotActive' }] });
  });

  it('lets one household have several members, but not the same member twice at once', () => {
    expect(checkPairingInput(input, member, [{ volunteerId: 'v2', startDate: '2026-01-01' }]).ok).toBe(true);
    expect(checkPairingInput(input, member, [{ volunteerId: 'v1', startDate: '2026-01-01' }])).toMatchObject({ ok: false, problems: [{ field: 'volunteerId', code: 'alreadyPaired' }] });
    expect(checkPairingInput(input, member, [{ volunteerId: 'v1', startDate: '2026-01-01', endDate: '2026-11-26' }]).ok).toBe(true);
    expect(checkPairingInput(input, member, [{ volunteerId: 'v1', startDate: '2026-01-01', deleted: true }]).ok).toBe(true);
  });
});

describe('repairReason', () => {
  const pairing = { frequency: 'monthly' as const, startDate: '2026-10-01', volunteerServicePoint: 'JX/NH/T10/V003' };
  const active = { status: 'active' as const, servicePoint: 'JX/NH/T10/V003' };

  it('lists a household whose member left, paused, moved or is gone', () => {
    expect(repairReason(pairing, active, today)).toBeNull();
    expect(repairReason(pairing, { ...active, status: 'left' }, today)).toBe('left');
    expect(repairReason(pairing, { ...active, status: 'inactive' }, today)).toBe('inactive');
    expect(repairReason(pairing, { ...active, servicePoint: 'JX/NH/T10/V004' }, today)).toBe('moved');
    expect(repairReason(pairing, undefined, today)).toBe('missing');
    expect(repairReason(pairing, { ...active, deleted: true }, today)).toBe('missing');
  });

  it('leaves ended pairings alone, and still lists one about to start', () => {
    expect(repairReason({ ...pairing, endDate: '2026-11-01' }, { ...active, status: 'left' }, today)).toBeNull();
    expect(repairReason({ ...pairing, deleted: true }, { ...active, status: 'left' }, today)).toBeNull();
    expect(repairReason({ ...pairing, startDate: '2026-12-01' }, { ...active, status: 'left' }, today)).toBe('left');
  });
});
