/**
 * The points area's local-only tables (schema version 6, db/migrations.ts). Derived from the
 * service records and the rules on every station, never synced (docs/points.md):
 * - `pointsTallies` `[period+volunteerId]`: one volunteer's figures in one period;
 *   `[period+points]`, `[period+centiHours]`: the leaderboards of the whole station, read from
 *   the top of one index; `[period+orgPath]`: a unit's volunteers as one range; `volunteerId`:
 *   a volunteer's rows — no screen reads it yet, and it costs one index write per row: a later
 *   schema version may drop it (bench `points` measures what the upkeep costs).
 * - `unitTallies` `[period+unit]`: an org unit's figures (its whole subtree), read by key for
 *   the ranking of a unit's children.
 */
export const VOLUNTEER_TALLIES = 'pointsTallies';
export const UNIT_TALLIES = 'unitTallies';
export const SERVICE_RECORDS = 'serviceRecords';
export const POINTS_RULES = 'pointsRules';

export const POINTS_STORES: Record<string, string> = {
  [VOLUNTEER_TALLIES]: '[period+volunteerId], volunteerId, [period+points], [period+centiHours], [period+orgPath]',
  [UNIT_TALLIES]: '[period+unit]',
};

/** meta key: the rules the tallies were last computed with. */
export const TALLY_META_KEY = 'pointsTallies';
