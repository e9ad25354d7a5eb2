import type { SyncedTableName } from '../domain/entities';
import type { OrgPath } from '../org/org-path';

/**
 * One change as it travels from a station to the centre. Descriptive fields travel per field
 * (never a whole-record overwrite) so that two stations editing different fields both keep
 * their edits; `hlc` orders writes to the same field (ARCHITECTURE.md, "Unit of change").
 */
export interface Mutation {
  /** Client-generated id, unique across all devices (time-sortable). */
  mutationId: string;
  /** Per-device sequence number, strictly increasing from 1; the centre applies each once. */
  seq: number;
  table: SyncedTableName;
  recordId: string;
  /** Owner org path of the record after the change; the centre checks it against scope. */
  orgPath: OrgPath;
  /**
   * `upsert` sets the listed fields. A deletion is the field `deleted: true`: a tombstone that
   * merges by the same per-field rule as any other change.
   */
  op: 'upsert';
  /** Changed fields and their new values. */
  fields: Record<string, unknown>;
  /** Hybrid logical clock of the change, encoded (shared/clock/hlc). */
  hlc: string;
  /** Local operator who made the change. */
  operatorId: string;
}
