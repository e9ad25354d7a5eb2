import type { TFunction } from 'i18next';
import type { RequestEvent } from '../../../../../shared/domain/entities';
import type { RequestEventData } from '../../../../../shared/requests/events';
import { orgName } from '../../../../../shared/org/org-tree';

const when = (iso: string) => new Date(iso).toLocaleString();

/** One line saying what an event did, in the operator's language. */
export function describeEvent(t: TFunction, e: Pick<RequestEvent, 'kind' | 'data'>, volunteerName: (id: string) => string): string {
  const d = e.data as never;
  switch (e.kind) {
    case 'dispatch': {
      const x = d as RequestEventData['dispatch'];
      return t('requests.eventText.dispatch', { kind: t(`requests.assigneeKind.${x.assigneeKind}`), name: x.assigneeName });
    }
    case 'escalate':
    case 'sendDown': {
      const x = d as RequestEventData['escalate'];
      return t(`requests.eventText.${e.kind}`, { to: orgName(x.toPath), reason: x.reason });
    }
    case 'return':
    case 'pause':
      return t(`requests.eventText.${e.kind}`, { reason: (d as RequestEventData['return']).reason });
    case 'complete': {
      const x = d as RequestEventData['complete'];
      const hours = x.hours.map((h) => t('requests.eventText.hoursOf', { name: volunteerName(h.volunteerId), hours: h.hours })).join('、');
      return hours ? `${x.result}(${hours})` : x.result;
    }
    case 'callback': {
      const x = d as RequestEventData['callback'];
      return t('requests.eventText.callback', { satisfaction: t(`requests.satisfaction.${x.satisfaction}`), note: x.note });
    }
    case 'supervise': {
      const x = d as RequestEventData['supervise'];
      return t('requests.eventText.supervise', { card: t(`requests.card.${x.card}`), note: x.note });
    }
    case 'remind':
      return (d as RequestEventData['remind']).note;
    case 'requestExtension': {
      const x = d as RequestEventData['requestExtension'];
      return t('requests.eventText.requestExtension', { until: when(x.until), reason: x.reason });
    }
    case 'decideExtension': {
      const x = d as RequestEventData['decideExtension'];
      return t('requests.eventText.decideExtension', { decision: t(`requests.eventText.${x.approved ? 'approved' : 'refused'}`), note: x.note });
    }
    default:
      return '';
  }
}
