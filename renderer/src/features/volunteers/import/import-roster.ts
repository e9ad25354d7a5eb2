/**
 * 花名册导入 importing a volunteer roster: check every row, look for ID numbers already
 * registered, then write — all of it or nothing.
 *
 * Why one transaction: a cancelled or failed import must leave the database as it was. Chunks
 * committed one by one would each append an outbox row that the sync client may push before a
 * later chunk fails; undoing them would take tombstones that travel to the centre as deletions of
 * people who were never meant to exist. So the write is one IndexedDB transaction over
 * volunteers + outbox + meta, inside which the data layer is called once per slice of 2,000 rows
 * (Dexie runs those as sub-transactions of the outer one): each slice appends its own outbox row,
 * keeping rows a manageable size for the sync client, and any throw — the clerk's cancel, a
 * quota error, a conflict — aborts the outer transaction and every slice with it.
 */
import type { Volunteer } from '../../../../../shared/domain/entities';
import type { OrgPath } from '../../../../../shared/org/org-path';
import { RosterChecker, type CheckedRow, type RosterContext, type RowProblem } from '../../../../../shared/registry/roster-check';
import type { RosterFile } from '../excel/read-roster';
import { data, type Actor, type NewRecord } from '../../../db';
import { issueVolunteerNo } from '../commands';
import { peekDevice } from '../../../db/device';
import { CURSOR_KEY } from '../../../sync/local-state';

export const WRITE_SLICE = 2_000;
const CHECK_SLICE = 5_000;

export type ImportPhase = 'checking' | 'comparing' | 'writing';
export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}
export interface ImportOptions {
  signal?: AbortSignal;
  onProgress?: (p: ImportProgress) => void;
}

/** The clerk cancelled; nothing was written. */
export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled');
    this.name = 'ImportCancelled';
  }
}

/** Someone registered one of these ID numbers after the check; nothing was written. */
export class ImportConflict extends Error {
  constructor(readonly problems: RowProblem[]) {
    super(`import conflict: ${problems.length} rows registered meanwhile`);
    this.name = 'ImportConflict';
  }
}

export interface ImportPlan {
  /** Rows that may be written. */
  valid: CheckedRow[];
  /** Every problem, by row; includes ID numbers already in the registry. */
  problems: RowProblem[];
  badRows: number;
  total: number;
  /** The registry's state when the comparison began (registryStamp); absent for plans made elsewhere. */
  registryStamp?: string;
}

function stop(signal?: AbortSignal): void {
  if (signal?.aborted) throw new ImportCancelled();
}

const nextTask = () => new Promise<void>((r) => setTimeout(r, 0));

/**
 * What changes whenever volunteers can have been added: the device's write sequence (every
 * local write through the data layer) and the sync cursor (every pulled page, written in the
 * same transaction as its records). Equal stamps mean the registry is as the plan saw it.
 */
async function registryStamp(): Promise<string> {
  const [device, cursor] = await Promise.all([peekDevice(data.db.meta), data.db.meta.get(CURSOR_KEY)]);
  return JSON.stringify([device?.seq ?? 0, cursor?.value ?? null]);
}

/** ID numbers and volunteer numbers of `rows` already held by live volunteers. */
async function alreadyRegistered(rows: readonly CheckedRow[], ctx: Pick<RosterContext, 'headers' | 'mapping'>): Promise<RowProblem[]> {
  const table = data.db.synced('volunteers');
  const problems: RowProblem[] = [];
  const column = (field: 'idNumber' | 'volunteerNo', fallback: string) => ctx.headers[ctx.mapping.indexOf(field)] ?? fallback;
  const byId = new Map(rows.map((r) => [r.value.idNumber, r.row]));
  const found = await table.where('idNumber').anyOf([...byId.keys()]).filter((v) => !v.deleted).toArray();
  for (const v of found) problems.push({ row: byId.get(v.idNumber)!, column: column('idNumber', '身份证号'), field: 'idNumber', code: 'idNumberTaken', params: { name: v.name, number: v.volunteerNo } });
  const byNo = new Map(rows.filter((r) => r.value.volunteerNo).map((r) => [r.value.volunteerNo!, r.row]));
  if (byNo.size > 0) {
    const taken = await table.where('volunteerNo').anyOf([...byNo.keys()]).filter((v) => !v.deleted).toArray();
    for (const v of taken) problems.push({ row: byNo.get(v.volunteerNo)!, column: column('volunteerNo', '志愿者编号'), field: 'volunteerNo', code: 'volunteerNoTaken', params: { name: v.name } });
  }
  return problems;
}

/** Checks every row of the file and compares it with the registry; writes nothing. */
export async function planImport(file: RosterFile, ctx: RosterContext, { signal, onProgress }: ImportOptions = {}): Promise<ImportPlan> {
  const checker = new RosterChecker(ctx);
  const total = file.rows.length;
  for (let i = 0; i < total; i += CHECK_SLICE) {
    stop(signal);
    for (const r of file.rows.slice(i, i + CHECK_SLICE)) checker.add(r);
    onProgress?.({ phase: 'checking', done: Math.min(total, i + CHECK_SLICE), total });
    await nextTask();
  }
  const check = checker.finish();
  // Taken before the comparison reads anything: a write after this point changes the stamp.
  const stamp = await registryStamp();
  const taken: RowProblem[] = [];
  for (let i = 0; i < check.valid.length; i += CHECK_SLICE) {
    stop(signal);
    taken.push(...(await alreadyRegistered(check.valid.slice(i, i + CHECK_SLICE), ctx)));
    onProgress?.({ phase: 'comparing', done: Math.min(check.valid.length, i + CHECK_SLICE), total: check.valid.length });
  }
  if (taken.length === 0) return { ...check, registryStamp: stamp };
  const takenRows = new Set(taken.map((p) => p.row));
  return {
    valid: check.valid.filter((r) => !takenRows.has(r.row)),
    problems: [...check.problems, ...taken].sort((a, b) => a.row - b.row),
    badRows: check.badRows + takenRows.size,
    total: check.total,
    registryStamp: stamp,
  };
}

export interface WriteOptions extends ImportOptions {
  actor: Actor;
  /** Owner of the new records: the station that imports them ("whoever organises records"). */
  orgPath: OrgPath;
  /** Write the valid rows even though others are bad; by default a roster with any bad row writes nothing. */
  onlyValid?: boolean;
}

export class RosterHasBadRows extends Error {
  constructor(readonly badRows: number) {
    super(`${badRows} bad rows; nothing written`);
    this.name = 'RosterHasBadRows';
  }
}

/** The volunteer record a checked row becomes (the bench writes the same records raw). */
export function rosterRecord(row: CheckedRow, orgPath: OrgPath): NewRecord<'volunteers'> {
  const { volunteerNo, ...fields } = row.value;
  const v: Omit<Volunteer, 'id' | 'createdAt' | 'updatedAt' | 'updatedBy'> = {
    ...fields, orgPath, volunteerNo: volunteerNo ?? issueVolunteerNo(), teamIds: [], status: 'active', totalHours: 0,
  };
  return v;
}

/** Writes the plan's valid rows in one transaction (see the note at the top); returns how many. */
export async function writeImport(plan: ImportPlan, { actor, orgPath, onlyValid = false, signal, onProgress }: WriteOptions): Promise<number> {
  if (plan.badRows > 0 && !onlyValid) throw new RosterHasBadRows(plan.badRows);
  stop(signal);
  const { db } = data;
  const rows = plan.valid;
  const volunteers = db.synced('volunteers');
  await db.transaction('rw', [volunteers, db.outbox, db.meta], async () => {
    // Inside the transaction no other window can write. If nothing was written since the plan
    // compared the rows with the registry, that comparison still holds; otherwise compare again
    // (a conflict found here is final).
    const recheck = plan.registryStamp === undefined || plan.registryStamp !== (await registryStamp());
    for (let i = 0; i < rows.length; i += WRITE_SLICE) {
      stop(signal);
      const slice = rows.slice(i, i + WRITE_SLICE);
      const conflicts = recheck ? await alreadyRegistered(slice, { headers: [], mapping: [] }) : [];
      if (conflicts.length > 0) throw new ImportConflict(conflicts);
      await data.transaction(actor, ['volunteers'], (w) => w.createMany('volunteers', slice.map((r) => rosterRecord(r, orgPath))));
      onProgress?.({ phase: 'writing', done: Math.min(rows.length, i + WRITE_SLICE), total: rows.length });
    }
  });
  return rows.length;
}
