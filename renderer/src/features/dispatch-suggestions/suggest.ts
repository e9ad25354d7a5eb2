/**
 * 派单建议 the query behind dispatch suggestions: gathers candidates through indexes, nearest
 * first (the request's village, then its town, then its county), counts their open load and past
 * satisfaction from the requests assigned to them (index `assigneeId`), and ranks them with the
 * shared rule (shared/registry/ranking), which says why each one ranks where it does.
 */
import type { HelpRequest, Volunteer } from '../../../../shared/domain/entities';
import { catalogueItem } from '../../catalogue/live';
import { levelOf, type OrgPath } from '../../../../shared/org/org-path';
import { availableAt } from '../../../../shared/registry/availability';
import { rank, type Candidate, type Suggestion } from '../../../../shared/registry/ranking';
import { teamTypesFor } from '../../../../shared/registry/scope';
import { db, type Stored } from '../../db';
import { skillPlaceRange } from './skill-places';

export type SuggestRequest = Pick<HelpRequest, 'itemCode' | 'orgPath' | 'receivedAt'> & Partial<Pick<HelpRequest, 'holderPath'>>;

/** Volunteers looked at per ring of the tree: enough to fill a list, few enough to stay fast at 181,000. */
const PER_RING = 60;
const CLOSED = new Set<HelpRequest['status']>(['completed', 'callbackDone', 'archived']);
const SCORE: Record<NonNullable<HelpRequest['satisfaction']>, number> = { satisfied: 1, basicallySatisfied: 0.5, dissatisfied: 0 };

/** The rings around a place: its village, its town, its county (as far as the path goes). */
function rings(place: OrgPath): { path: OrgPath; exact: boolean }[] {
  const parts = place.split('/');
  const out: { path: OrgPath; exact: boolean }[] = [];
  if (levelOf(place) === 'village') out.push({ path: place, exact: true });
  for (let depth = Math.min(parts.length, 3); depth >= 2; depth--) out.push({ path: parts.slice(0, depth).join('/'), exact: false });
  return out;
}

async function nearbyVolunteers(place: OrgPath, skills: readonly string[]): Promise<Stored<Volunteer>[]> {
  const active = (v: Volunteer) => !v.deleted && v.status === 'active';
  const found = new Map<string, Stored<Volunteer>>();
  const volunteers = db.synced('volunteers');
  for (const ring of rings(place)) {
    // With skills: one `skill|place` range per skill holds exactly who can do it in this ring.
    // Without (any volunteer will do): the ring's service points.
    const ranges = skills.length > 0
      ? skills.map((skill) => {
        const { lower, upper } = skillPlaceRange(skill, ring.path, ring.exact);
        return volunteers.where('skillPlaces').between(lower, upper, true, true);
      })
      : [ring.exact ? volunteers.where('servicePoint').equals(ring.path) : volunteers.where('servicePoint').startsWith(`${ring.path}/`)];
    const rows = await Promise.all(ranges.map((range) => range.filter((v) => !found.has(v.id) && active(v)).limit(PER_RING).toArray()));
    for (const v of rows.flat()) if (found.size < PER_RING * 2) found.set(v.id, v);
    // The nearer rings already gave a full list: the farther ones could only rank below them.
    if (found.size >= PER_RING) break;
  }
  return [...found.values()];
}

/** Providers covering the item (indexed); those with a matching skill only when few cover it. */
async function providersFor(itemCode: string, skills: readonly string[]) {
  const providers = db.synced('providers');
  const covering = await providers.where('serviceItemCodes').equals(itemCode).filter((x) => !x.deleted).limit(200).toArray();
  if (covering.length >= 20 || skills.length === 0) return covering;
  const ids = new Set(covering.map((x) => x.id));
  const skilled = await providers.filter((x) => !x.deleted && !ids.has(x.id) && skills.some((s) => x.skills.includes(s))).limit(50).toArray();
  return [...covering, ...skilled];
}

async function history(ids: string[]): Promise<Map<string, { open: number; rated: number; satisfied: number }>> {
  const out = new Map<string, { open: number; rated: number; satisfied: number }>();
  if (ids.length === 0) return out;
  await db.synced('requests').where('assigneeId').anyOf(ids).each((r) => {
    if (r.deleted || !r.assigneeId) return;
    const h = out.get(r.assigneeId) ?? { open: 0, rated: 0, satisfied: 0 };
    if (!CLOSED.has(r.status)) h.open++;
    if (r.satisfaction) {
      h.rated++;
      h.satisfied += SCORE[r.satisfaction];
    }
    out.set(r.assigneeId, h);
  });
  return out;
}

export async function suggestFor(request: SuggestRequest, limit = 20): Promise<Suggestion[]> {
  const item = (await db.synced('serviceItems').where('code').equals(request.itemCode).first()) ?? catalogueItem(request.itemCode);
  const skills = item?.skills ?? [];
  const place = request.orgPath;
  const at = new Date(request.receivedAt);
  const types = teamTypesFor(skills);
  const [volunteers, teams, enterprises, providers] = await Promise.all([
    nearbyVolunteers(place, skills),
    types.length ? db.synced('teams').where('type').anyOf(types).filter((x) => !x.deleted).toArray() : Promise.resolve([]),
    db.synced('enterprises').where('serviceItemCodes').equals(request.itemCode).filter((x) => !x.deleted).toArray(),
    providersFor(request.itemCode, skills),
  ]);
  const stats = await history([...volunteers, ...teams, ...enterprises, ...providers].map((x) => x.id));
  const load = (id: string) => {
    const h = stats.get(id);
    return { openLoad: h?.open ?? 0, rated: h?.rated ?? 0, satisfied: h?.satisfied ?? 0 };
  };
  // A supplier's own satisfaction rate counts when our requests have not rated it yet.
  const supplierRating = (id: string, rate: number | undefined) => {
    const h = load(id);
    return h.rated === 0 && rate !== undefined ? { ...h, rated: 10, satisfied: 10 * rate } : h;
  };
  const candidates: Candidate[] = [
    ...volunteers.map((v): Candidate => ({ kind: 'volunteer', id: v.id, name: v.name, place: v.servicePoint, skills: v.skills, availability: availableAt(v.availability, at), ...load(v.id) })),
    ...teams.map((x): Candidate => ({ kind: 'team', id: x.id, name: x.name, place: x.orgPath, skills: [], covers: true, availability: 'unknown', ...load(x.id) })),
    ...enterprises.map((x): Candidate => ({ kind: 'enterprise', id: x.id, name: x.name, place: x.orgPath, skills: [], covers: true, availability: 'unknown', ...supplierRating(x.id, x.satisfactionRate) })),
    ...providers.map((x): Candidate => ({ kind: 'provider', id: x.id, name: x.name, place: x.orgPath, skills: x.skills, covers: x.serviceItemCodes.includes(request.itemCode), availability: 'unknown', ...supplierRating(x.id, x.satisfactionRate) })),
  ];
  return rank({ skills, place }, candidates, limit);
}
