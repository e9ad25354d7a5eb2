/**
 * 结对 pairing a party member with a household: what a valid pairing is, and which pairings
 * must be handed to someone else because their member left the network or moved away (换人结对).
 * Such households are listed for re-pairing, never dropped silently.
 */
import type { IsoDate, Pairing, Volunteer } from '../domain/entities';
import type { OrgPath } from '../org/org-path';
import { isIsoDate } from './dates';
import { VISIT_FREQUENCIES, isActivePairing, type VisitFrequency } from './visit-schedule';

export interface PairingInput {
  volunteerId?: string;
  residentId?: string;
  frequency?: VisitFrequency;
  startDate?: IsoDate;
  endDate?: IsoDate;
}
export type PairingField = keyof PairingInput;
export interface PairingProblem {
  field: PairingField;
  code: 'required' | 'date' | 'endBeforeStart' | 'notPartyMember' | 'memberNotActive' | 'alreadyPaired' | 'invalidChoice';
}

type Member = Pick<Volunteer, 'id' | 'politicalStatus' | 'status'>;

/**
 * Checks a new pairing against its member and the household's existing pairings. Only active
 * party members are paired (the network's 在职党员结对); the same member may not be paired
 * twice with one household over overlapping dates.
 */
export function checkPairingInput(
  input: PairingInput, member: Member | undefined, existing: readonly Pick<Pairing, 'volunteerId' | 'startDate' | 'endDate' | 'deleted'>[],
): { ok: true; value: Required<Pick<PairingInput, 'volunteerId' | 'residentId' | 'frequency' | 'startDate'>> & { endDate?: IsoDate } } | { ok: false; problems: PairingProblem[] } {
  const problems: PairingProblem[] = [];
  if (!input.residentId) problems.push({ field: 'residentId', code: 'required' });
  if (!input.volunteerId || !member) problems.push({ field: 'volunteerId', code: 'required' });
  else if (member.politicalStatus !== 'partyMember') problems.push({ field: 'volunteerId', code: 'notPartyMember' });
  else if (member.status !== 'active') problems.push({ field: 'volunteerId', code: 'memberNotActive' });
  if (!input.frequency) problems.push({ field: 'frequency', code: 'required' });
  else if (!VISIT_FREQUENCIES.includes(input.frequency)) problems.push({ field: 'frequency', code: 'invalidChoice' });
  if (!input.startDate) problems.push({ field: 'startDate', code: 'required' });
  else if (!isIsoDate(input.startDate)) problems.push({ field: 'startDate', code: 'date' });
  if (input.endDate) {
    if (!isIsoDate(input.endDate)) problems.push({ field: 'endDate', code: 'date' });
    else if (input.startDate && input.endDate < input.startDate) problems.push({ field: 'endDate', code: 'endBeforeStart' });
  }
  if (problems.length === 0 && input.volunteerId && input.startDate) {
    const start = input.startDate;
    const end = input.endDate ?? '9999-12-31';
    const overlaps = existing.some((p) => !p.deleted && p.volunteerId === input.volunteerId && p.startDate <= end && (p.endDate ?? '9999-12-31') >= start);
    if (overlaps) problems.push({ field: 'volunteerId', code: 'alreadyPaired' });
  }
  if (problems.length > 0) return { ok: false, problems };
  const value = { volunteerId: input.volunteerId!, residentId: input.residentId!, frequency: input.frequency!, startDate: input.startDate! };
  return { ok: true, value: input.endDate ? { ...value, endDate: input.endDate } : value };
}

export type RepairReason = 'left' | 'inactive' | 'moved' | 'missing';

/**
 * Why a pairing that still asks for visits needs a new member, or null when it does not:
 * the member left or paused, moved to another service point than the one recorded when paired,
 * or is no longer on this station's register at all.
 */
export function repairReason(
  p: Pick<Pairing, 'frequency' | 'startDate' | 'endDate' | 'deleted'> & { volunteerServicePoint?: OrgPath },
  member: Pick<Volunteer, 'status' | 'servicePoint' | 'deleted'> | undefined,
  today: IsoDate,
): RepairReason | null {
  if (!isActivePairing(p, today) && !(p.startDate > today && !p.deleted)) return null;
  if (!member || member.deleted) return 'missing';
  if (member.status === 'left') return 'left';
  if (member.status === 'inactive') return 'inactive';
  if (p.volunteerServicePoint && member.servicePoint !== p.volunteerServicePoint) return 'moved';
  return null;
}
