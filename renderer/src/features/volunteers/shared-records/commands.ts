/**
 * Saving teams, studios, enterprises and providers through the data layer, each checked by its
 * rule in shared/registry/org-input. A record kept by a unit above this station is refused here
 * too, not only hidden in the screen.
 */
import type { OrgPath } from '../../../../../shared/org/org-path';
import {
  checkEnterpriseInput, checkProviderInput, checkStudioInput, checkTeamInput,
  type EnterpriseInput, type Problem, type ProviderInput, type StudioInput, type TeamInput,
} from '../../../../../shared/registry/org-input';
import { editableAt } from '../../../../../shared/registry/scope';
import { data, type Actor } from '../../../db';
import type { SharedTable } from '../queries';

export class RecordRejected extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => `${p.field}: ${p.code}`).join('; '));
    this.name = 'RecordRejected';
  }
}

export interface SharedInputs {
  teams: TeamInput & { memberIds?: string[] };
  studios: StudioInput;
  enterprises: EnterpriseInput;
  providers: ProviderInput;
}

function check<K extends SharedTable>(table: K, input: SharedInputs[K], orgPath: OrgPath) {
  switch (table) {
    case 'teams': return checkTeamInput(input as TeamInput, orgPath);
    case 'studios': return checkStudioInput(input as StudioInput, orgPath);
    case 'enterprises': return checkEnterpriseInput(input as EnterpriseInput, orgPath);
    default: return checkProviderInput(input as ProviderInput, orgPath);
  }
}

/**
 * Creates (no `id`) or updates a record owned by `station`. A team's members are volunteers
 * whose `teamIds` name it, so saving a team also updates those volunteers — in the same
 * transaction, so a team is never half-joined.
 */
export async function saveShared<K extends SharedTable>(actor: Actor, table: K, station: OrgPath, input: SharedInputs[K], id?: string): Promise<string> {
  return data.transaction(actor, table === 'teams' ? ['teams', 'volunteers'] : [table], async (w) => {
    const existing = id ? await data.db.synced(table).get(id) : undefined;
    const orgPath = existing?.orgPath ?? station;
    if (!editableAt(orgPath, station)) throw new RecordRejected([{ field: 'name', code: 'readOnly' }]);
    const checked = check(table, input, orgPath);
    if (!checked.ok) throw new RecordRejected(checked.problems);
    const saved = existing
      ? await w.update(table, existing.id, checked.value as never)
      : await w.create(table, checked.value as never);
    if (table === 'teams' && (input as SharedInputs['teams']).memberIds) await setMembers(w, saved.id, (input as SharedInputs['teams']).memberIds!);
    return saved.id;
  });
}

async function setMembers(w: Parameters<Parameters<typeof data.transaction>[2]>[0], teamId: string, memberIds: string[]): Promise<void> {
  const volunteers = data.db.synced('volunteers');
  const wanted = new Set(memberIds);
  const current = await volunteers.where('teamIds').equals(teamId).toArray();
  for (const v of current) if (!wanted.has(v.id)) await w.update('volunteers', v.id, { teamIds: v.teamIds.filter((t) => t !== teamId) });
  const have = new Set(current.map((v) => v.id));
  for (const v of await volunteers.bulkGet([...wanted].filter((m) => !have.has(m)))) {
    if (v && !v.deleted) await w.update('volunteers', v.id, { teamIds: [...v.teamIds, teamId] });
  }
}
