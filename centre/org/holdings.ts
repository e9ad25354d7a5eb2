/**
 * What a unit holds through its path: records in its subtree (live or deleted: a station may
 * still hold either), devices enrolled for it that are not revoked, and enrolment codes that can
 * still be used. A move changes the path, so it is refused while any of these exist.
 */
import { sql } from 'kysely';
import type { OrgPath } from '../../shared/org/org-path';
import type { Store } from '../db/store';

export interface Holdings {
  records: number;
  devices: number;
  codes: number;
  total: number;
  describe(): string;
}

export async function unitHoldings(store: Store, path: OrgPath, now = new Date().toISOString()): Promise<Holdings> {
  const within = (column: string) => sql<boolean>`(${sql.ref(column)} = ${path} or (${sql.ref(column)} > ${`${path}/`} and ${sql.ref(column)} < ${`${path}0`}))`;
  const count = (r: { n: number | string | bigint } | undefined) => Number(r?.n ?? 0);
  const records = count(await store.db.selectFrom('records').select((eb) => eb.fn.countAll<number>().as('n')).where(within('org_path')).where('tbl', '!=', 'orgUnits').executeTakeFirst());
  const devices = count(await store.db.selectFrom('devices').select((eb) => eb.fn.countAll<number>().as('n')).where(within('org_path')).where('revoked_at', 'is', null).executeTakeFirst());
  const codes = count(
    await store.db
      .selectFrom('enrolment_codes')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where(within('org_path'))
      .where('used_at', 'is', null)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', now)
      .executeTakeFirst(),
  );
  return {
    records, devices, codes, total: records + devices + codes,
    describe: () => [records && `${records} record(s)`, devices && `${devices} enrolled device(s)`, codes && `${codes} unused enrolment code(s)`].filter(Boolean).join(', '),
  };
}
