/**
 * The city centre's service catalogue and work calendar: records of the shared-down tables
 * `serviceCategories`, `serviceItems` and `workCalendars` at the city's org path, so every
 * station receives them and an edit here reaches every station on its next pull. The built-in
 * catalogue (shared/catalogue) is written once into a centre that has none.
 */
import type { BaseRecord, ServiceCategory, ServiceItem, WorkCalendarRecord } from '../../shared/domain/entities';
import { CATALOGUE_ITEMS, CATEGORIES } from '../../shared/catalogue/catalogue';
import { DEFAULT_CALENDAR } from '../../shared/requests/work-calendar';
import { ServiceItemInput, WorkCalendarInput, inputProblems } from '../../shared/catalogue/catalogue-input';
import { CITY_PATH } from '../../shared/org/org-path';
import { readRecord, writeRecords, type Store } from '../db/store';

/** Who the records say edited them: the centre's administrator. */
export const CENTRE_ADMIN = 'centre-admin';
/** The one work calendar of the city. */
export const CALENDAR_ID = 'jx';

/** Refused input: every problem with its field; nothing was written. */
export class CatalogueInputError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
    this.name = 'CatalogueInputError';
  }
}

const itemId = (code: string) => `item-${code}`;

function stamp(id: string, existing: BaseRecord | undefined, now: string): BaseRecord {
  return { id, orgPath: CITY_PATH, createdAt: existing?.createdAt ?? now, updatedAt: now, updatedBy: CENTRE_ADMIN };
}

async function liveRecords<T extends BaseRecord>(store: Store, tbl: 'serviceCategories' | 'serviceItems' | 'workCalendars'): Promise<T[]> {
  const rows = await store.db.selectFrom('records').select('data').where('tbl', '=', tbl).where('deleted', '=', 0).execute();
  return rows.map((r) => JSON.parse(r.data) as T);
}

/** Writes the built-in catalogue and calendar into a centre that has none (a demo city brings its own catalogue). */
export async function ensureCatalogue(store: Store, now = new Date().toISOString()): Promise<{ items: number; calendar: boolean }> {
  let items = 0;
  if ((await liveRecords(store, 'serviceItems')).length === 0) {
    const categories = CATEGORIES.map((c): ServiceCategory => ({ ...stamp(`category-${c.code}`, undefined, now), ...c }));
    await writeRecords(store, 'serviceCategories', categories);
    const records = CATALOGUE_ITEMS.map((i): ServiceItem => ({ ...stamp(itemId(i.code), undefined, now), ...i, keywords: [...i.keywords], skills: [...i.skills] }));
    items = (await writeRecords(store, 'serviceItems', records)).written;
  }
  let calendar = false;
  if ((await liveRecords(store, 'workCalendars')).length === 0) {
    const record: WorkCalendarRecord = { ...stamp(CALENDAR_ID, undefined, now), ...DEFAULT_CALENDAR, holidays: [...DEFAULT_CALENDAR.holidays], workdays: [...DEFAULT_CALENDAR.workdays] };
    await writeRecords(store, 'workCalendars', [record]);
    calendar = true;
  }
  return { items, calendar };
}

export interface CatalogueView {
  categories: ServiceCategory[];
  items: ServiceItem[];
  calendar: WorkCalendarRecord | null;
}

export async function readCatalogue(store: Store): Promise<CatalogueView> {
  const [categories, items, calendars] = await Promise.all([
    liveRecords<ServiceCategory>(store, 'serviceCategories'),
    liveRecords<ServiceItem>(store, 'serviceItems'),
    liveRecords<WorkCalendarRecord>(store, 'workCalendars'),
  ]);
  const byCode = <T extends { code: string }>(a: T, b: T) => a.code.localeCompare(b.code);
  return { categories: categories.sort(byCode), items: items.sort(byCode), calendar: calendars.find((c) => c.orgPath === CITY_PATH) ?? null };
}

/**
 * Adds an item or changes one (found by its code). The code must stay unique and its category
 * must exist; one item record per code, whatever id it was first stored under.
 */
export async function saveItem(store: Store, input: unknown, now = new Date().toISOString()): Promise<ServiceItem> {
  const parsed = ServiceItemInput.safeParse(input);
  if (!parsed.success) throw new CatalogueInputError(inputProblems(parsed.error));
  const { retired, ...fields } = parsed.data;
  const { categories, items } = await readCatalogue(store);
  if (!categories.some((c) => c.code === fields.categoryCode)) throw new CatalogueInputError([`categoryCode: 没有这个类别 (no category ${fields.categoryCode})`]);
  const existing = items.find((i) => i.code === fields.code);
  const id = existing?.id ?? itemId(fields.code);
  const current = existing ? (await readRecord<ServiceItem>(store, 'serviceItems', id))?.record : undefined;
  const record: ServiceItem = { ...current, ...stamp(id, current, now), ...fields, retired };
  await writeRecords(store, 'serviceItems', [record]);
  return record;
}

export async function saveCalendar(store: Store, input: unknown, now = new Date().toISOString()): Promise<WorkCalendarRecord> {
  const parsed = WorkCalendarInput.safeParse(input);
  if (!parsed.success) throw new CatalogueInputError(inputProblems(parsed.error));
  const current = (await readRecord<WorkCalendarRecord>(store, 'workCalendars', CALENDAR_ID))?.record;
  const sortedDates = (ds: string[]) => [...new Set(ds)].sort();
  const record: WorkCalendarRecord = {
    ...stamp(CALENDAR_ID, current, now), ...parsed.data,
    weekend: [...new Set(parsed.data.weekend)].sort(), holidays: sortedDates(parsed.data.holidays), workdays: sortedDates(parsed.data.workdays),
  };
  await writeRecords(store, 'workCalendars', [record]);
  return record;
}
