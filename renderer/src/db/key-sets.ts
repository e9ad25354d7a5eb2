/**
 * Registry lists filter by several indexes at once (search, category, skill, team…): each index
 * gives the primary keys it names, and a record is listed when every filter names it. Ids are
 * UUIDv7, so sorting them descending lists the newest registration first.
 */
export async function intersectNewestFirst(sets: readonly Promise<readonly string[]>[]): Promise<string[] | null> {
  if (sets.length === 0) return null;
  const [first = [], ...rest] = await Promise.all(sets);
  let ids = [...new Set(first)];
  for (const other of rest) {
    const keep = new Set(other);
    ids = ids.filter((id) => keep.has(id));
  }
  return ids.sort().reverse();
}

/** The keys any of several index ranges name, read side by side (Dexie's `or()` reads them far slower). */
export async function unionOfKeys(ranges: readonly { primaryKeys(): PromiseLike<string[]> }[]): Promise<string[]> {
  return [...new Set((await Promise.all(ranges.map((r) => r.primaryKeys()))).flat())];
}
