/**
 * What the centre requires of any record before it is stored: the BaseRecord fields every
 * synced table shares. Table-specific rules belong to shared/ and are applied by sync.
 */
import { SYNCED_TABLES, type SyncedTableName } from '../../shared/domain/entities';
import { isValidOrgPath } from '../../shared/org/org-path';

/** Input the store refuses; the HTTP layer turns it into a 400 with this message. */
export class StoreInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreInputError';
  }
}

const MAX_ID_LENGTH = 64;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export function isSyncedTable(tbl: string): tbl is SyncedTableName {
  return (SYNCED_TABLES as readonly string[]).includes(tbl);
}

export function assertSyncedTable(tbl: string): asserts tbl is SyncedTableName {
  if (!isSyncedTable(tbl)) throw new StoreInputError(`Unknown table ${JSON.stringify(tbl)}`);
}

/** The reason a value is not a storable record, or null when it is. */
export function recordProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not an object';
  const r = value as Record<string, unknown>;
  if (typeof r.id !== 'string' || r.id === '' || r.id.length > MAX_ID_LENGTH) return 'id must be a non-empty string of at most 64 characters';
  if (typeof r.orgPath !== 'string' || !isValidOrgPath(r.orgPath)) return `orgPath ${JSON.stringify(r.orgPath)} is not an org path`;
  for (const f of ['createdAt', 'updatedAt'] as const) {
    const t = r[f];
    if (typeof t !== 'string' || !ISO_TIME.test(t) || Number.isNaN(Date.parse(t))) return `${f} must be an ISO-8601 time`;
  }
  if (typeof r.updatedBy !== 'string' || r.updatedBy === '') return 'updatedBy must be a non-empty string';
  if (r.deleted !== undefined && typeof r.deleted !== 'boolean') return 'deleted must be a boolean';
  return null;
}

/** Checks a whole batch before anything is written, naming the first bad record. */
export function assertRecordBatch(tbl: string, records: readonly unknown[]): void {
  assertSyncedTable(tbl);
  const seen = new Set<string>();
  records.forEach((rec, i) => {
    const problem = recordProblem(rec);
    if (problem) throw new StoreInputError(`${tbl}[${i}]: ${problem}`);
    const id = (rec as { id: string }).id;
    // One batch is one change per record; a second copy would make the log ambiguous.
    if (seen.has(id)) throw new StoreInputError(`${tbl}[${i}]: id ${id} appears twice in the batch`);
    seen.add(id);
  });
}
