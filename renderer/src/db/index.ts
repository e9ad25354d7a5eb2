import { LianxinDb } from './schema';
import { DataLayer } from './data-layer';

/** The station's database and data layer: one of each per window. */
export const db = new LianxinDb();
export const data = new DataLayer(db);

export type { Actor, NewRecord, RecordChanges } from './data-layer';
export type { Stored } from './schema';
