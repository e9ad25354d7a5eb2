/**
 * Which registry records a station may change. Teams, studios, enterprises and providers are
 * shared down the tree (shared/domain SHARED_DOWN_TABLES): a village sees its town's and county's
 * teams, but only the owner — or a station above it — may edit them.
 */
import { ancestorsOf, isWithin, type OrgPath } from '../org/org-path';
import type { Team } from '../domain/entities';
import { SKILLS } from '../catalogue/skills';

export function editableAt(recordPath: OrgPath, stationPath: OrgPath): boolean {
  return isWithin(recordPath, stationPath);
}

/** The org paths whose shared records a station sees besides its own subtree: its ancestors. */
export function sharedFrom(stationPath: OrgPath): OrgPath[] {
  return ancestorsOf(stationPath);
}

/** Which kind of team serves a professional field (SKILLS[].field). */
const FIELD_TEAM: Record<string, Team['type']> = {
  医疗: 'health', 心理: 'health', 法律: 'legal', 金融: 'financial', 维修: 'life', 家政: 'life', 交通: 'life',
  信息技术: 'life', 社工: 'care', 教育: 'care', 应急: 'emergency', 公益: 'emergency', 文体: 'other',
};

/** Team types able to take a request needing these skills. */
export function teamTypesFor(skills: readonly string[]): Team['type'][] {
  const types = new Set<Team['type']>();
  for (const code of skills) {
    const field = SKILLS.find((s) => s.code === code)?.field;
    const type = field ? FIELD_TEAM[field] : undefined;
    if (type) types.add(type);
  }
  return [...types];
}
