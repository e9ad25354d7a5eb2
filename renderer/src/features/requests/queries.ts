/**
 * Reads of the request screens, each through an index and bounded: one request and its events,
 * a caller's history by phone number, a registered resident by phone number, and assignees by
 * name for dispatch.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { HelpRequest, RequestEvent, Resident } from '../../../../shared/domain/entities';
import type { AssigneeKind } from '../../../../shared/requests/events';
import { db, type Stored } from '../../db';
import { requestEvents } from './commands';

export function useRequest(id: string | undefined): Stored<HelpRequest> | null | undefined {
  return useLiveQuery(async () => (id ? ((await db.synced('requests').get(id)) ?? null) : null), [id]);
}

export function useRequestEvents(id: string | undefined): Stored<RequestEvent>[] | undefined {
  return useLiveQuery(() => (id ? requestEvents(id) : []), [id]);
}

export const HISTORY_LIMIT = 8;

/** The caller's latest requests (newest first) and how many there are in all. */
export async function callerHistory(mobile: string): Promise<{ rows: Stored<HelpRequest>[]; total: number }> {
  const byMobile = db.synced('requests').where('callerMobile').equals(mobile);
  const [rows, total] = await Promise.all([byMobile.clone().reverse().limit(HISTORY_LIMIT).toArray(), byMobile.count()]);
  return { rows: rows.sort((a, b) => b.receivedAt.localeCompare(a.receivedAt)), total };
}

export async function residentByMobile(mobile: string): Promise<Stored<Resident> | undefined> {
  return db.synced('residents').where('mobile').equals(mobile).filter((r) => !r.deleted).first();
}

export interface AssigneeOption {
  kind: Exclude<AssigneeKind, 'orgUnit'>;
  id: string;
  name: string;
  detail?: string;
}

const ASSIGNEE_LIMIT = 20;

/** Volunteers, teams, enterprises or providers whose name (or pinyin / initials for volunteers) starts with `text`. */
export async function searchAssignees(kind: AssigneeOption['kind'], text: string): Promise<AssigneeOption[]> {
  const q = text.trim();
  const live = (r: { deleted?: boolean }) => !r.deleted;
  switch (kind) {
    case 'volunteer': {
      const table = db.synced('volunteers');
      const lower = q.toLowerCase();
      const rows = q
        ? await table.where('name').startsWith(q).or('namePinyin').startsWith(lower).or('nameInitials').startsWith(lower).filter(live).limit(ASSIGNEE_LIMIT).toArray()
        : await table.orderBy('updatedAt').reverse().filter((v) => live(v) && v.status === 'active').limit(ASSIGNEE_LIMIT).toArray();
      return rows.map((v) => ({ kind, id: v.id, name: v.name, detail: v.volunteerNo }));
    }
    case 'team': {
      const rows = await (q ? db.synced('teams').where('name').startsWith(q) : db.synced('teams').orderBy('name')).filter(live).limit(ASSIGNEE_LIMIT).toArray();
      return rows.map((t) => ({ kind, id: t.id, name: t.name }));
    }
    case 'enterprise': {
      const rows = await (q ? db.synced('enterprises').where('name').startsWith(q) : db.synced('enterprises').orderBy('updatedAt')).filter(live).limit(ASSIGNEE_LIMIT).toArray();
      return rows.map((e) => ({ kind, id: e.id, name: e.name, detail: e.area }));
    }
    case 'provider': {
      const rows = await (q ? db.synced('providers').where('name').startsWith(q) : db.synced('providers').orderBy('updatedAt')).filter(live).limit(ASSIGNEE_LIMIT).toArray();
      return rows.map((p) => ({ kind, id: p.id, name: p.name, detail: p.area }));
    }
  }
}

/** Names of this PC's operators, for the timeline (events from other stations show their id). */
export function useOperatorNames(): Map<string, string> | undefined {
  return useLiveQuery(async () => new Map((await db.operators.toArray()).map((o) => [o.id, o.name])), []);
}
