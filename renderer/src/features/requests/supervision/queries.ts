/**
 * What supervisors check (DOMAIN.md): overdue, often-returned and often-extended orders. Each
 * list is read through an index of schema version 2 and bounded, so it costs the same at a
 * million requests as at a hundred.
 */
import type { HelpRequest } from '../../../../../shared/domain/entities';
import { OPEN_STATUSES } from '../../../../../shared/requests/lifecycle';
import { db, type Stored } from '../../../db';

export const SUPERVISION_LIMIT = 100;
/** "Often": returned or extended at least this many times. */
export const OFTEN = 2;

const live = (r: HelpRequest) => !r.deleted;

/** Open requests past their due time, longest overdue first. A paused request has no due time and is not here. */
export async function overdueRequests(nowIso: string, limit = SUPERVISION_LIMIT): Promise<Stored<HelpRequest>[]> {
  const table = db.synced('requests');
  const perStatus = await Promise.all(
    OPEN_STATUSES.map((status) => table.where('[status+dueAt]').between([status, ''], [status, nowIso], false, false).filter(live).limit(limit).toArray()),
  );
  return perStatus.flat().sort((a, b) => (a.dueAt ?? '').localeCompare(b.dueAt ?? '')).slice(0, limit);
}

/** Requests with the most returns (or extensions) first, from `OFTEN` up. */
export async function oftenRequests(field: 'returns' | 'extensions', limit = SUPERVISION_LIMIT): Promise<Stored<HelpRequest>[]> {
  return db.synced('requests').where(field).aboveOrEqual(OFTEN).reverse().filter(live).limit(limit).toArray();
}
