/**
 * The checks one pushed mutation must pass before it is merged, in the order the station is
 * told about them: shape, clock, scope. Each failure is a rejection for good (the station
 * shows it on the record and never resends it); none of them stops the rest of the batch.
 * Request events get their own checks in events.ts.
 */
import { decodeHlc, isValidHlc } from '../../shared/clock/hlc';
import type { Mutation } from '../../shared/sync/mutation';
import { MAX_CLOCK_AHEAD_MS, type RejectCode } from '../../shared/sync/protocol';
import { isValidOrgPath, type OrgPath } from '../../shared/org/org-path';
import { writeRefusal } from './scope';
import { MAX_FIELDS_BYTES_OF, tableProblem } from './table-checks';
import { fieldsBoundsProblem } from '../../shared/sync/value-bounds';

export interface Refusal {
  code: RejectCode;
  message: string;
}

/** What the centre holds of the record a mutation names (undefined: nothing yet). */
export interface Existing {
  orgPath: OrgPath;
  data: Record<string, unknown>;
}

/** Field names a station may send: plain identifiers, so no `__proto__`, no `_clocks`. */
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9]{0,63}$/;
/** One mutation's fields, as JSON; a record is small, a larger one is a bug or an attack. */
const MAX_FIELDS_BYTES = 64 * 1024;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
/** Fields the centre derives itself and never takes from a station (a request's flags, a service record's voided). */
export const DERIVED_ONLY = new Set(['flags', 'voided']);

const refuse = (code: RejectCode, message: string): Refusal => ({ code, message });

function shapeProblem(m: Mutation): string | null {
  const fields = m.fields;
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) return 'fields must be an object';
  for (const name of Object.keys(fields)) if (!FIELD_NAME.test(name)) return `field name ${JSON.stringify(name)} is not allowed`;
  const maxBytes = MAX_FIELDS_BYTES_OF[m.table] ?? MAX_FIELDS_BYTES;
  // Depth, strings and numbers every store can hold and every device can be served (shared/sync/value-bounds.ts).
  const bounds = fieldsBoundsProblem(fields, { maxStringChars: maxBytes });
  if (bounds) return bounds;
  if (JSON.stringify(fields).length > maxBytes) return `fields are larger than ${maxBytes} bytes`;
  if ('id' in fields && fields.id !== m.recordId) return 'fields.id differs from recordId';
  if ('orgPath' in fields && fields.orgPath !== m.orgPath) return 'fields.orgPath differs from orgPath';
  for (const f of ['createdAt', 'updatedAt'] as const) {
    const t = fields[f];
    if (t !== undefined && (typeof t !== 'string' || !ISO_TIME.test(t) || Number.isNaN(Date.parse(t)))) return `${f} must be an ISO-8601 time`;
  }
  if ('updatedBy' in fields && typeof fields.updatedBy !== 'string') return 'updatedBy must be a string';
  if ('deleted' in fields && typeof fields.deleted !== 'boolean') return 'deleted must be true or false';
  if (!isValidOrgPath(m.orgPath)) return `orgPath ${JSON.stringify(m.orgPath)} is not an org path`;
  if (!isValidHlc(m.hlc)) return 'hlc is malformed';
  return null;
}

/** How far a mutation's clock is ahead of the centre's, in ms (negative: behind). */
export function clockLead(hlc: string, now: number): number {
  return decodeHlc(hlc).wall - now;
}

export function clockAheadRefusal(lead: number): Refusal {
  return refuse('clockAhead', `this PC's clock is ${Math.round(lead / 60_000)} minutes ahead of the centre's: set the date and time of this PC right, then make the change again`);
}

/**
 * Null when the mutation may be merged. A record the centre does not hold must be created by
 * the mutation (it carries `createdAt`): an edit of an unknown record means its creation was
 * rejected or never sent, and merging the edit would make a record without its required fields.
 */
export function checkMutation(m: Mutation, existing: Existing | undefined, devicePath: OrgPath, now: number): Refusal | null {
  const shape = shapeProblem(m);
  if (shape) return refuse('invalidShape', `${m.table} ${m.recordId}: ${shape}`);
  const lead = clockLead(m.hlc, now);
  if (lead > MAX_CLOCK_AHEAD_MS) return clockAheadRefusal(lead);
  const target = writeRefusal(m.table, m.orgPath, devicePath);
  if (existing) {
    const current = writeRefusal(m.table, existing.orgPath, devicePath);
    if (current) return current;
    if (target) return refuse('outOfScope', `moving ${m.table} ${m.recordId} to ${m.orgPath} would take it outside this station's area (${devicePath})`);
  } else {
    if (target) return target;
    if (!('createdAt' in m.fields)) return refuse('unknownRecord', `${m.table} ${m.recordId} is not known to the centre (its creation was rejected or never sent)`);
  }
  // The table's own rules come after scope: a station learns nothing about records it may not write.
  const problem = tableProblem(m);
  return problem ? refuse('invalidShape', `${m.table} ${m.recordId}: ${problem}`) : null;
}
