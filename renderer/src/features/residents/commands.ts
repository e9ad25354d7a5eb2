/**
 * How the register of vulnerable residents changes: registering and editing a household, seeing
 * its unmasked data (always audited), pairing members with it and handing it over when a member
 * leaves. Each is checked by its rule in shared/residents and written through the data layer.
 */
import type { OperatorRole, Pairing, Resident } from '../../../../shared/domain/entities';
import type { OrgPath } from '../../../../shared/org/org-path';
import { checkResidentInput, type ResidentInput } from '../../../../shared/residents/resident-input';
import { touchesSensitive } from '../../../../shared/residents/masking';
import { checkPairingInput, type PairingInput } from '../../../../shared/residents/pairing';
import { pairingDue } from '../../../../shared/residents/visit-schedule';
import { addDays, chinaDate } from '../../../../shared/residents/dates';
import { data, type Actor, type RecordChanges, type Stored } from '../../db';
import { RecordNotFoundError } from '../../db/writer';
import { can } from '../../session/permissions';
import { now } from '../requests/now';
import { InputRejected, NotAllowed } from './errors';

/** Who acts, where, and as what role: the role decides whether sensitive fields may be written or seen. */
export interface ResidentsContext {
  stationPath: OrgPath;
  role: OperatorRole;
}

/** A field that no longer applies travels as null ("cleared"); the data layer skips undefined. */
const cleared = null as unknown as undefined;
const OPTIONAL: (keyof Resident)[] = ['idNumber', 'mobile', 'disability', 'elderly', 'emergencyContact', 'needs', 'notes'];

/** Without the right to edit them, sensitive fields keep what the record had (none for a new one). */
function withAllowedSensitive(input: ResidentInput, role: OperatorRole, existing?: Resident): ResidentInput {
  if (can(role, 'editSensitiveResident')) return input;
  const out: ResidentInput = { ...input, idNumber: existing?.idNumber, disability: existing?.disability };
  out.elderly = input.elderly ? { ...input.elderly, incomeSource: existing?.elderly?.incomeSource } : input.elderly;
  return out;
}

export async function registerResident(actor: Actor, ctx: ResidentsContext, orgPath: OrgPath, input: ResidentInput): Promise<Stored<Resident>> {
  const checked = checkResidentInput(withAllowedSensitive(input, ctx.role));
  if (!checked.ok) throw new InputRejected(checked.problems);
  return data.transaction(actor, ['residents'], async (w) => {
    const { value } = checked;
    if (value.idNumber) {
      const same = await data.db.synced('residents').where('idNumber').equals(value.idNumber).filter((r) => !r.deleted).first();
      if (same) throw new InputRejected([{ field: 'idNumber', code: 'idNumberTaken' }]);
    }
    return w.create('residents', { ...value, orgPath });
  });
}

export async function updateResident(actor: Actor, ctx: ResidentsContext, id: string, input: ResidentInput): Promise<Stored<Resident>> {
  const existing = await data.db.synced('residents').get(id);
  if (!existing || existing.deleted) throw new RecordNotFoundError('residents', id);
  const checked = checkResidentInput(withAllowedSensitive(input, ctx.role, existing));
  if (!checked.ok) throw new InputRejected(checked.problems);
  if (touchesSensitive(existing, checked.value) && !can(ctx.role, 'editSensitiveResident')) throw new NotAllowed('editSensitiveResident');
  const changes: Record<string, unknown> = { ...checked.value };
  for (const field of OPTIONAL) if (changes[field] === undefined && existing[field] !== undefined) changes[field] = cleared;
  return data.update(actor, 'residents', id, changes as RecordChanges<'residents'>);
}

/**
 * The resident with nothing masked, for a role allowed to see it; the view is written to the
 * audit log in the same step, so no unmasked view goes unrecorded.
 */
export async function revealResident(actor: Actor, ctx: ResidentsContext, id: string): Promise<Stored<Resident>> {
  if (!can(ctx.role, 'viewUnmaskedIdentity')) throw new NotAllowed('viewUnmaskedIdentity');
  return data.transaction(actor, ['residents', 'auditLog'], async (w) => {
    const r = await data.db.synced('residents').get(id);
    if (!r || r.deleted) throw new RecordNotFoundError('residents', id);
    await w.create('auditLog', { orgPath: r.orgPath, operatorId: actor.operatorId, action: 'viewUnmasked', table: 'residents', recordId: id, at: new Date(now()).toISOString() });
    return r;
  });
}

/** Pairs an active party member with a household (several members per household, several households per member). */
export async function pairMember(actor: Actor, input: PairingInput): Promise<Stored<Pairing>> {
  return data.transaction(actor, ['pairings', 'volunteers', 'residents'], async (w) => {
    const member = input.volunteerId ? await data.db.synced('volunteers').get(input.volunteerId) : undefined;
    const resident = input.residentId ? await data.db.synced('residents').get(input.residentId) : undefined;
    if (input.residentId && (!resident || resident.deleted)) throw new InputRejected([{ field: 'residentId', code: 'required' }]);
    const existing = input.residentId ? await data.db.synced('pairings').where('residentId').equals(input.residentId).toArray() : [];
    const checked = checkPairingInput(input, member && !member.deleted ? member : undefined, existing);
    if (!checked.ok) throw new InputRejected(checked.problems);
    return w.create('pairings', {
      ...checked.value,
      orgPath: resident!.orgPath,
      nextDue: pairingDue(checked.value),
      volunteerServicePoint: member!.servicePoint,
    });
  });
}

/** Ends a pairing on `endDate` (default today): no visit is owed after it. */
export async function endPairing(actor: Actor, id: string, endDate = chinaDate(now())): Promise<Stored<Pairing>> {
  return data.transaction(actor, ['pairings'], async (w) => {
    const p = await data.db.synced('pairings').get(id);
    if (!p || p.deleted) throw new RecordNotFoundError('pairings', id);
    // A pairing that has not started yet ends before it starts: it never asked for anything.
    const end = endDate < p.startDate ? p.startDate : endDate;
    return w.update('pairings', id, { endDate: end, nextDue: pairingDue({ ...p, endDate: end }) ?? cleared });
  });
}

/**
 * Hands a household over: the old pairing ends yesterday, the new member starts today with the
 * same frequency — in one transaction, so the household is never left without a member in
 * between. The new member owes the first visit one interval from today: a handover starts a
 * fresh schedule rather than inheriting the old member's lateness.
 */
export async function repairPairing(actor: Actor, pairingId: string, volunteerId: string, today = chinaDate(now())): Promise<Stored<Pairing>> {
  return data.transaction(actor, ['pairings', 'volunteers', 'residents'], async (w) => {
    const old = await data.db.synced('pairings').get(pairingId);
    if (!old || old.deleted) throw new RecordNotFoundError('pairings', pairingId);
    const yesterday = addDays(today, -1);
    const end = yesterday < old.startDate ? old.startDate : yesterday;
    await w.update('pairings', pairingId, { endDate: end, nextDue: pairingDue({ ...old, endDate: end }) ?? cleared });
    const member = await data.db.synced('volunteers').get(volunteerId);
    const existing = (await data.db.synced('pairings').where('residentId').equals(old.residentId).toArray()).map((p) => (p.id === pairingId ? { ...p, endDate: end } : p));
    const checked = checkPairingInput({ volunteerId, residentId: old.residentId, frequency: old.frequency, startDate: today }, member && !member.deleted ? member : undefined, existing);
    if (!checked.ok) throw new InputRejected(checked.problems);
    return w.create('pairings', { ...checked.value, orgPath: old.orgPath, nextDue: pairingDue(checked.value), volunteerServicePoint: member!.servicePoint });
  });
}
