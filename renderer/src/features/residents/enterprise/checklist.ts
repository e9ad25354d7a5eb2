/**
 * The enterprise checklist as a synced record (shared/residents/checklist.ts): a station reads
 * its own, else its nearest ancestor's, else the default; a station admin sets the list for the
 * station and every station below it, or goes back to the level above. Written through the data
 * layer like any record; the centre shares a unit's list down to the stations below it.
 */
import { checklistChain, checklistId, effectiveChecklist, normaliseChecklist, type EffectiveChecklist } from '../../../../../shared/residents/checklist';
import type { OrgPath } from '../../../../../shared/org/org-path';
import type { DataLayer } from '../../../db/data-layer';
import type { LianxinDb } from '../../../db/schema';
import type { Actor } from '../../../db';
import { RecordNotFoundError } from '../../../db/writer';
import { InputRejected } from '../errors';

/** Where the list was kept before it synced: this PC's `meta`, carried into the record once. */
export const LEGACY_CHECKLIST_KEY = 'enterpriseChecklist';

/** The list this station visits enterprises with, and where it comes from. Dexie reads only (safe in useLiveQuery). */
export async function stationChecklist(db: LianxinDb, stationPath: OrgPath): Promise<EffectiveChecklist> {
  const records = await db.synced('enterpriseChecklists').bulkGet(checklistChain(stationPath).map(checklistId));
  return effectiveChecklist(stationPath, records);
}

/** Sets the station's own list (for itself and every station below it). */
export async function saveChecklist(data: DataLayer, actor: Actor, stationPath: OrgPath, items: readonly string[]): Promise<string[]> {
  const r = normaliseChecklist(items);
  if (!r.ok) throw new InputRejected([{ field: 'checklist', code: `checklist.${r.code}` }]);
  const id = checklistId(stationPath);
  await data.transaction(actor, ['enterpriseChecklists'], async (w) => {
    const existing = await data.db.synced('enterpriseChecklists').get(id);
    // The app never deletes a checklist record (going back to the level above is `inherit`), so
    // an existing one is always live and is updated field by field.
    if (!existing) await w.create('enterpriseChecklists', { id, orgPath: stationPath, items: r.items });
    else await w.update('enterpriseChecklists', id, { items: r.items, inherit: existing.inherit ? false : undefined });
  });
  return r.items;
}

/** The station goes back to the list of the level above; its own items stay on the record for next time. */
export async function followLevelAbove(data: DataLayer, actor: Actor, stationPath: OrgPath): Promise<void> {
  const id = checklistId(stationPath);
  await data.transaction(actor, ['enterpriseChecklists'], async (w) => {
    const existing = await data.db.synced('enterpriseChecklists').get(id);
    if (!existing || existing.deleted) throw new RecordNotFoundError('enterpriseChecklists', id);
    await w.update('enterpriseChecklists', id, { inherit: true });
  });
}

/**
 * Once per PC: a list configured when it was kept in `meta` becomes the station's record, in the
 * same transaction that removes the `meta` value, so it is carried exactly once. When the station
 * already has a record (another PC of it synced one first), that shared list stays and this PC's
 * old value is dropped: the station has one list, and it is the one every PC already shows.
 * Returns whether a record was written.
 */
export async function carryOverLocalChecklist(data: DataLayer, actor: Actor, stationPath: OrgPath): Promise<boolean> {
  if (!(await data.db.meta.get(LEGACY_CHECKLIST_KEY))) return false;
  return data.transaction(actor, ['enterpriseChecklists'], async (w) => {
    const legacy = await data.db.meta.get(LEGACY_CHECKLIST_KEY);
    if (!legacy) return false;
    await data.db.meta.delete(LEGACY_CHECKLIST_KEY);
    const r = normaliseChecklist(Array.isArray(legacy.value) ? (legacy.value as unknown[]).filter((s): s is string => typeof s === 'string') : []);
    const id = checklistId(stationPath);
    if (!r.ok || (await data.db.synced('enterpriseChecklists').get(id))) return false;
    await w.create('enterpriseChecklists', { id, orgPath: stationPath, items: r.items });
    return true;
  });
}
