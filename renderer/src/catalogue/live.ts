/**
 * The service catalogue and work calendar this station works by: the city centre's, as synced
 * down into `serviceCategories`, `serviceItems` and `workCalendars`. Until the first sync brings
 * them (a station set up offline) the built-in ones in shared/ are used, so intake works from
 * the first minute.
 *
 * The tables are tiny (5 categories, ~120 items, one calendar), so they are mirrored in memory
 * and read synchronously by the intake search, the lists and the time-limit computation; a
 * Dexie live query keeps the mirror current when the centre edits the catalogue.
 */
import { liveQuery, type Subscription } from 'dexie';
import { useSyncExternalStore } from 'react';
import type { ServiceCategory, ServiceItem, WorkCalendarRecord } from '../../../shared/domain/entities';
import { CATALOGUE_ITEMS, CATEGORIES, type CatalogueCategory, type CatalogueItem } from '../../../shared/catalogue/catalogue';
import { DEFAULT_CALENDAR, type WorkCalendar } from '../../../shared/requests/work-calendar';
import type { LianxinDb } from '../db/schema';

export interface Catalogue {
  /** Every item, retired ones included (old requests still name them); pickers use `activeItems`. */
  items: readonly CatalogueItem[];
  activeItems: readonly CatalogueItem[];
  categories: readonly CatalogueCategory[];
  calendar: WorkCalendar;
  /** Where it came from: the centre's synced records, or the built-in copy. */
  source: 'centre' | 'builtIn';
  byCode: ReadonlyMap<string, CatalogueItem>;
}

function build(items: readonly CatalogueItem[], retired: ReadonlySet<string>, categories: readonly CatalogueCategory[], calendar: WorkCalendar, source: Catalogue['source']): Catalogue {
  const sorted = [...items].sort((a, b) => a.code.localeCompare(b.code));
  return { items: sorted, activeItems: sorted.filter((i) => !retired.has(i.code)), categories, calendar, source, byCode: new Map(sorted.map((i) => [i.code, i])) };
}

export const BUILT_IN: Catalogue = build(CATALOGUE_ITEMS, new Set(), CATEGORIES, DEFAULT_CALENDAR, 'builtIn');

let current: Catalogue = BUILT_IN;
const listeners = new Set<() => void>();

function toItem(r: ServiceItem): CatalogueItem {
  return { code: r.code, categoryCode: r.categoryCode, name: r.name, keywords: r.keywords, defaultType: r.defaultType, timeLimitTier: r.timeLimitTier, kind: r.kind, skills: r.skills };
}

function toCalendar(r: WorkCalendarRecord): WorkCalendar {
  return { utcOffsetMinutes: r.utcOffsetMinutes, periods: r.periods, weekend: r.weekend, holidays: r.holidays, workdays: r.workdays };
}

/** The catalogue held by a database: the synced records where there are any, else the built-in parts. */
export async function readCatalogue(db: LianxinDb): Promise<Catalogue> {
  const [items, categories, calendars] = await Promise.all([
    db.synced('serviceItems').toArray(),
    db.synced('serviceCategories').toArray(),
    db.synced('workCalendars').toArray(),
  ]);
  return fromRecords(items, categories, calendars);
}

export function fromRecords(items: readonly ServiceItem[], categories: readonly ServiceCategory[], calendars: readonly WorkCalendarRecord[]): Catalogue {
  const calendar = calendars.filter((c) => !c.deleted).sort((a, b) => a.orgPath.length - b.orgPath.length)[0];
  if (items.length === 0) return calendar ? { ...BUILT_IN, calendar: toCalendar(calendar) } : BUILT_IN;
  return build(
    items.map(toItem),
    new Set(items.filter((i) => i.retired || i.deleted).map((i) => i.code)),
    categories.length > 0 ? [...categories].filter((c) => !c.deleted).sort((a, b) => a.code.localeCompare(b.code)).map((c) => ({ code: c.code, name: c.name })) : CATEGORIES,
    calendar ? toCalendar(calendar) : DEFAULT_CALENDAR,
    'centre',
  );
}

/** Keeps the in-memory catalogue current with the database; returns the way to stop. */
export function followCatalogue(db: LianxinDb): () => void {
  const sub: Subscription = liveQuery(() => readCatalogue(db)).subscribe({
    next: (c) => setCatalogue(c),
    // A read that fails leaves the last good catalogue in place; the next change retries.
    error: (e: unknown) => console.error('catalogue: could not read the synced catalogue', e),
  });
  return () => sub.unsubscribe();
}

/** Replaces the in-memory catalogue (followCatalogue, and tests). */
export function setCatalogue(c: Catalogue): void {
  current = c;
  for (const l of listeners) l();
}

export function catalogue(): Catalogue {
  return current;
}

export function catalogueItem(code: string): CatalogueItem | undefined {
  return current.byCode.get(code);
}

export function workCalendar(): WorkCalendar {
  return current.calendar;
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** The catalogue, re-rendering when the centre's edits arrive. */
export function useCatalogue(): Catalogue {
  return useSyncExternalStore(subscribe, catalogue);
}
