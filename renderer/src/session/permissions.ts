import type { OperatorRole } from '../../../shared/domain/entities';

/**
 * Who may do what, in one table. Features ask `can(role, action)`; nothing else decides.
 * Clerks take and follow requests; station admins also manage this PC's operators and see
 * unmasked identity data; supervisors oversee timeliness and may also see identity data.
 */
const RULES = {
  manageOperators: ['stationAdmin'],
  manageStation: ['stationAdmin'],
  viewUnmaskedIdentity: ['stationAdmin', 'supervisor'],
  editRecords: ['clerk', 'stationAdmin', 'supervisor'],
  supervise: ['supervisor', 'stationAdmin'],
  // A time-limit extension is a decision above the holder; a clerk there may only pass it on.
  decideExtension: ['supervisor', 'stationAdmin'],
  takeRequests: ['clerk', 'stationAdmin', 'supervisor'],
  // A resident's ID number, disability details and income: entered and changed only by those who may see them.
  editSensitiveResident: ['stationAdmin', 'supervisor'],
  // Points (features/points): handing out goods for points at the desk; granting a star is a
  // decision of the level entitled to it; the city's rules are set by its administrators.
  redeemPoints: ['clerk', 'stationAdmin', 'supervisor'],
  grantStars: ['stationAdmin', 'supervisor'],
  editPointsRules: ['stationAdmin'],
} as const satisfies Record<string, readonly OperatorRole[]>;

export type Action = keyof typeof RULES;

export function can(role: OperatorRole | undefined, action: Action): boolean {
  return role !== undefined && (RULES[action] as readonly OperatorRole[]).includes(role);
}
