/**
 * What a new rule version would change, before it is saved: every record dated on or after its
 * start is scored under the rules now and with the new version (shared/points/diff.ts). Records
 * stream through the `date` index in batches; only per-volunteer totals are kept.
 */
import type { PointsRule, ServiceRecord } from '../../../../../shared/domain/entities';
import { RuleDiff, type VolunteerChange } from '../../../../../shared/points/diff';
import { ruleTimeline, type RuleSettings } from '../../../../../shared/points/rule';
import type { LianxinDb } from '../../../db/schema';
import { namesOf } from '../queries';
import { calendarFrom } from '../calendar';

export interface RulePreview {
  summary: ReturnType<RuleDiff['summary']>;
  changed: number;
  top: (VolunteerChange & { name: string })[];
}

const BATCH = 5_000;
/** Sorts after every real id, so the proposal wins a tie of dates as the saved version will. */
const PROPOSED_ID = 'zzzzzzzz-proposed';

export async function previewRule(db: LianxinDb, settings: RuleSettings, onProgress?: (records: number) => void): Promise<RulePreview> {
  const rules = await db.synced('pointsRules').toArray();
  const proposed: PointsRule = { ...settings, id: PROPOSED_ID, orgPath: 'JX', createdAt: '', updatedAt: '', updatedBy: '' };
  const cal = calendarFrom(await db.synced('workCalendars').toArray());
  const diff = new RuleDiff(ruleTimeline(rules), ruleTimeline([...rules, proposed]), cal);
  const records = db.synced('serviceRecords').where('date').aboveOrEqual(settings.effectiveFrom);
  for (let offset = 0; ; offset += BATCH) {
    const batch: ServiceRecord[] = await records.clone().offset(offset).limit(BATCH).toArray();
    if (batch.length === 0) break;
    diff.add(batch);
    onProgress?.(offset + batch.length);
    if (batch.length < BATCH) break;
  }
  const changes = diff.changes();
  const top = changes.slice(0, 20);
  const names = await namesOf(db, top.map((c) => c.volunteerId));
  return { summary: diff.summary(), changed: changes.length, top: top.map((c) => ({ ...c, name: names.get(c.volunteerId) ?? c.volunteerId })) };
}
