/**
 * 企业走访台账 the enterprise ledger's writes: the enterprises a district serves and each visit,
 * whose needs become requests in the same transaction (source 走访, the enterprise's contact and
 * address filled in, 7 days by default). The checklist's writes are in checklist.ts.
 */
import type { EnterpriseVisit, HelpRequest, ServedEnterprise, Urgency } from '../../../../../shared/domain/entities';
import type { OrgPath } from '../../../../../shared/org/org-path';
import { catalogueItem } from '../../../catalogue/live';
import type { RequestInput } from '../../../../../shared/requests/request-input';
import {
  checkEnterpriseVisitInput, checkServedEnterpriseInput,
  type EnterpriseVisitInput, type ServedEnterpriseInput,
} from '../../../../../shared/residents/enterprise';
import { chinaDate } from '../../../../../shared/residents/dates';
import { data, db, type Actor, type Stored } from '../../../db';
import { RecordNotFoundError } from '../../../db/writer';
import { takeRequest, type StationContext } from '../../requests/commands';
import { now } from '../../requests/now';
import { InputRejected } from '../errors';
import { atomically, checkDemands } from '../visits';

/**
 * 企业经营咨询: the catalogue item an enterprise's need starts from. Its tier is seven calendar
 * days, the article's "answered within 7 days"; the clerk may pick another item, whose own time
 * limit then applies.
 */
export const DEFAULT_NEED_ITEM = 'C2-20';

export async function saveServedEnterprise(actor: Actor, orgPath: OrgPath, input: ServedEnterpriseInput, id?: string): Promise<Stored<ServedEnterprise>> {
  const checked = checkServedEnterpriseInput(input);
  if (!checked.ok) throw new InputRejected(checked.problems);
  return data.transaction(actor, ['servedEnterprises'], async (w) => {
    const same = await db.synced('servedEnterprises').where('creditCode').equals(checked.value.creditCode).filter((e) => !e.deleted && e.id !== id).first();
    if (same) throw new InputRejected([{ field: 'creditCode', code: 'creditCodeTaken' }]);
    if (!id) return w.create('servedEnterprises', { ...checked.value, orgPath });
    // A team taken off travels as a cleared field.
    return w.update('servedEnterprises', id, { ...checked.value, teamId: checked.value.teamId ?? (null as unknown as undefined) });
  });
}

/** A need heard at an enterprise. */
export interface Need {
  itemCode?: string;
  description?: string;
  urgency?: Urgency;
}

export function requestFromNeed(e: Pick<ServedEnterprise, 'contactName' | 'contactMobile' | 'address'>, n: Need): Partial<RequestInput> {
  const itemCode = n.itemCode ?? DEFAULT_NEED_ITEM;
  return {
    callerName: e.contactName, callerMobile: e.contactMobile, address: e.address, itemCode, description: n.description,
    type: catalogueItem(itemCode)?.defaultType ?? 'consultation', source: 'visit', urgency: n.urgency ?? 'normal',
  };
}

export async function recordEnterpriseVisit(actor: Actor, station: StationContext, input: EnterpriseVisitInput, needs: Need[] = []): Promise<{ visit: Stored<EnterpriseVisit>; requests: Stored<HelpRequest>[] }> {
  const at = station.at ?? now();
  const checked = checkEnterpriseVisitInput(input, chinaDate(at));
  if (!checked.ok) throw new InputRejected(checked.problems);
  const enterprise = await db.synced('servedEnterprises').get(checked.value.enterpriseId);
  if (!enterprise || enterprise.deleted) throw new RecordNotFoundError('servedEnterprises', checked.value.enterpriseId);
  const problems = checkDemands(needs, (n) => requestFromNeed(enterprise, n)).map((p) => ({ ...p, field: p.field.replace(/^demands\./, 'raised.') }));
  if (problems.length > 0) throw new InputRejected(problems);
  return atomically(['requests', 'requestEvents', 'enterpriseVisits'], async () => {
    const requests: Stored<HelpRequest>[] = [];
    for (const n of needs) requests.push(await takeRequest(actor, { ...station, at }, requestFromNeed(enterprise, n)));
    const visit = await data.create(actor, 'enterpriseVisits', {
      ...checked.value,
      orgPath: enterprise.orgPath,
      requestIds: requests.map((r) => r.id),
      ...(enterprise.teamId ? { teamId: enterprise.teamId } : {}),
    });
    return { visit, requests };
  });
}
