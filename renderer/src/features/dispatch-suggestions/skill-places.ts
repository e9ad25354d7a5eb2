/**
 * `skillPlaces`: a volunteer's skills joined with their service point (`plumbing|JX/NH/T01/V001`),
 * kept under a multi-entry index so dispatch suggestions read exactly the volunteers who have a
 * skill in a village, a town or a county — one key range each — instead of walking every
 * volunteer of a county to find the few plumbers (181,000 volunteers, DOMAIN.md).
 *
 * A derived, local field like a request's `holderPath`: computed on every stored write of a
 * volunteer by a DBCore middleware, so local edits, imports and pulled records all get it, and
 * never sent to the centre (the data layer sends the fields it was given).
 */
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import type { Volunteer } from '../../../../shared/domain/entities';

const SEP = '|';

export function skillPlaces(v: Pick<Volunteer, 'skills' | 'servicePoint'>): string[] {
  return (v.skills ?? []).map((s) => `${s}${SEP}${v.servicePoint}`);
}

/** The index range of volunteers with `skill` at exactly `place`, or anywhere below it. */
export function skillPlaceRange(skill: string, place: string, exact: boolean): { lower: string; upper: string } {
  const key = `${skill}${SEP}${place}`;
  return exact ? { lower: key, upper: key } : { lower: `${key}/`, upper: `${key}/\uffff` };
}

const withPlaces = (v: Volunteer) => ({ ...v, skillPlaces: skillPlaces(v) });

export const volunteerSkillPlaces: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'volunteerSkillPlaces',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (name !== 'volunteers') return table;
      return {
        ...table,
        mutate: (req: DBCoreMutateRequest) =>
          req.type === 'add' || req.type === 'put' ? table.mutate({ ...req, values: (req.values as Volunteer[]).map(withPlaces) }) : table.mutate(req),
      };
    },
  }),
};
