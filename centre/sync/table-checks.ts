/**
 * What one table's pushed fields must be, beyond the shape every record shares (check-mutation.ts).
 * The rules are the shared ones the station applies before it writes; the centre applies them
 * again so a faulty or old client cannot hand a bad record down to other stations.
 */
import type { SyncedTableName } from '../../shared/domain/entities';
import type { Mutation } from '../../shared/sync/mutation';
import { checklistId, checklistProblem } from '../../shared/residents/checklist';
import { MAX_PHOTO_BASE64, visitPhotoProblem } from '../../shared/residents/photos';

/** Tables whose records are larger than the usual 64 KB: a visit photo is one downscaled JPEG, in base64. */
export const MAX_FIELDS_BYTES_OF: Partial<Record<SyncedTableName, number>> = {
  visitPhotos: MAX_PHOTO_BASE64 + 16 * 1024,
};

const CHECKS: Partial<Record<SyncedTableName, (m: Mutation) => string | null>> = {
  // One record per unit, named after it, so every PC of a station (and the stations below) reads the same one.
  enterpriseChecklists: (m) => {
    if (m.recordId !== checklistId(m.orgPath)) return `a checklist of ${m.orgPath} must have the id ${checklistId(m.orgPath)}`;
    if ('createdAt' in m.fields && !('items' in m.fields)) return 'a new checklist must have items';
    const problem = 'items' in m.fields ? checklistProblem(m.fields.items) : null;
    if (problem) return `items: ${problem}`;
    if ('inherit' in m.fields && typeof m.fields.inherit !== 'boolean') return 'inherit must be true or false';
    return null;
  },
  visitPhotos: (m) => visitPhotoProblem(m.fields),
};

/** Why this table's fields cannot be stored, or null. */
export function tableProblem(m: Mutation): string | null {
  return CHECKS[m.table]?.(m) ?? null;
}
