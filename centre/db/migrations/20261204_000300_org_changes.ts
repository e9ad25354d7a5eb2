/**
 * The org-change history (组织架构变更记录, docs/org-tree.md): every change the centre's
 * administrator makes to the org tree — seed, import, add, edit, rename, retire, restore, move —
 * with who made it, when, and the unit's fields before and after. The tree itself lives in
 * `records` (table `orgUnits`), like every synced record; this table is the centre's own and is
 * never synced.
 */
import type { Kysely, Migration } from 'kysely';
import type { StoreKind } from '../schema';

export function orgChanges(kind: StoreKind): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('org_changes')
        .addColumn('id', kind === 'postgres' ? 'bigserial' : 'integer', (c) => (kind === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('who', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('path', 'text', (c) => c.notNull())
        .addColumn('detail', 'text', (c) => c.notNull())
        .execute();
      // The history of one unit (and its subtree) is read by path.
      await db.schema.createIndex('org_changes_path').on('org_changes').columns(['path', 'id']).execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('org_changes').execute();
    },
  };
}
