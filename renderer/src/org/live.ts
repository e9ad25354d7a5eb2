/**
 * The org tree this station shows: the city centre's, as synced down into `orgUnits`
 * (docs/org-tree.md). shared/org/org-tree is read synchronously everywhere (orgName,
 * childrenOf…); this module replaces its tree with the stored units at start and whenever the
 * table changes, through a Dexie live query. Until the first pull brings the centre's units
 * (a station set up offline), the bundled tree stays in place.
 */
import { liveQuery, type Subscription } from 'dexie';
import { useSyncExternalStore } from 'react';
import type { OrgUnit } from '../../../shared/domain/entities';
import { unitsOfRecords } from '../../../shared/org/org-records';
import { orgTreeVersion, setOrgUnits, subscribeOrgTree } from '../../../shared/org/org-tree';
import type { LianxinDb } from '../db/schema';

/** The units the database holds (deleted records left out); empty before the first pull. */
export async function readOrgUnits(db: LianxinDb): Promise<OrgUnit[]> {
  return unitsOfRecords(await db.synced('orgUnits').toArray());
}

/** Keeps the shared org tree current with the database; returns the way to stop. */
export function followOrgTree(db: LianxinDb): () => void {
  const sub: Subscription = liveQuery(() => readOrgUnits(db)).subscribe({
    // No units yet: the bundled tree, which a station set up offline works with.
    next: (units) => setOrgUnits(units.length ? units : null),
    // A read that fails leaves the last good tree in place; the next change retries.
    error: (e: unknown) => console.error('org tree: could not read the synced org units', e),
  });
  return () => sub.unsubscribe();
}

/**
 * Re-renders the calling component when the tree is replaced. Called once near the root: names
 * are read synchronously below it, so re-rendering the root is what shows a renamed unit.
 */
export function useOrgTreeVersion(): number {
  return useSyncExternalStore(subscribeOrgTree, orgTreeVersion);
}
