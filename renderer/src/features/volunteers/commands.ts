import { checkVolunteerInput, type FieldProblem, type VolunteerInput } from '../../../../shared/domain/volunteer-input';
import type { Volunteer } from '../../../../shared/domain/entities';
import type { OrgPath } from '../../../../shared/org/org-path';
import { newId } from '../../../../shared/ids';
import { data, type Actor, type Stored } from '../../db';

/** The input was refused; nothing was written. */
export class VolunteerRejected extends Error {
  constructor(readonly problems: FieldProblem[], readonly existing?: Pick<Volunteer, 'id' | 'name' | 'volunteerNo'>) {
    super(problems.map((p) => `${p.field}: ${p.code}`).join('; '));
  }
}

/**
 * 志愿者统一编号: issued where the volunteer registers, unique without coordination because it
 * is built from a time-sortable id; it travels instead of the ID number.
 */
export function issueVolunteerNo(now = new Date()): string {
  return `LX${now.getFullYear()}${newId().replaceAll('-', '').slice(-10).toUpperCase()}`;
}

/** Registers a volunteer at `orgPath`; one ID number registers once. */
export async function registerVolunteer(actor: Actor, orgPath: OrgPath, input: VolunteerInput): Promise<Stored<Volunteer>> {
  const checked = checkVolunteerInput(input);
  if (!checked.ok) throw new VolunteerRejected(checked.problems);
  return data.transaction(actor, ['volunteers'], async (w) => {
    const table = data.db.synced('volunteers');
    const existing = await table.where('idNumber').equals(checked.value.idNumber).filter((v) => !v.deleted).first();
    if (existing) throw new VolunteerRejected([{ field: 'idNumber', code: 'idNumberTaken' }], existing);
    return w.create('volunteers', {
      ...checked.value,
      orgPath,
      volunteerNo: checked.value.volunteerNo ?? issueVolunteerNo(),
      teamIds: [],
      status: 'active',
      totalHours: 0,
    });
  });
}

/**
 * Changes a volunteer with the same checks as registration (one ID number registers once,
 * this record excepted). Only the fields that differ are written, so the change merges field by
 * field with edits made elsewhere (docs/sync-protocol.md). Null when nothing changed.
 */
export async function updateVolunteer(actor: Actor, id: string, input: VolunteerInput): Promise<Stored<Volunteer> | null> {
  const checked = checkVolunteerInput(input);
  if (!checked.ok) throw new VolunteerRejected(checked.problems);
  return data.transaction(actor, ['volunteers'], async (w) => {
    const table = data.db.synced('volunteers');
    const current = await table.get(id);
    if (!current || current.deleted) throw new Error(`no volunteer ${id}`);
    const other = await table.where('idNumber').equals(checked.value.idNumber).filter((v) => !v.deleted && v.id !== id).first();
    if (other) throw new VolunteerRejected([{ field: 'idNumber', code: 'idNumberTaken' }], other);
    const { volunteerNo, ...fields } = checked.value;
    const next: Record<string, unknown> = { ...fields, ...(volunteerNo ? { volunteerNo } : {}) };
    const held = current as unknown as Record<string, unknown>;
    // A text the clerk cleared (a party branch) becomes empty: a change, unlike a field never held.
    for (const k of OPTIONAL_FIELDS) if (next[k] === undefined && held[k]) next[k] = '';
    const changes = Object.fromEntries(Object.entries(next).filter(([k, v]) => v !== undefined && JSON.stringify(v) !== JSON.stringify(held[k])));
    if (Object.keys(changes).length === 0) return null;
    return w.update('volunteers', id, changes as never);
  });
}

/** Optional text fields of the form. */
const OPTIONAL_FIELDS = ['partyBranch', 'professionalField', 'availability'] as const;
