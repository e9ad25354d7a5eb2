import { Timeline, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { RequestEvent } from '../../../../../shared/domain/entities';
import type { RequestEventData } from '../../../../../shared/requests/events';
import { orgName } from '../../../../../shared/org/org-tree';
import { db, type Stored } from '../../../db';
import { useOperatorNames } from '../queries';
import { describeEvent } from './describe-event';

const COLOURS: Partial<Record<RequestEvent['kind'], string>> = {
  return: 'orange', complete: 'green', callback: 'green', supervise: 'red', remind: 'gold', escalate: 'purple', archive: 'gray',
};

/** Who did what, when and at which station — oldest first, as the request unfolded. */
export function EventTimeline({ events }: { events: Stored<RequestEvent>[] }) {
  const { t } = useTranslation();
  const operators = useOperatorNames();
  const volunteerIds = events.flatMap((e) => (e.kind === 'complete' ? (e.data as RequestEventData['complete']).hours.map((h) => h.volunteerId) : []));
  const volunteers = useLiveQuery(
    async () => new Map((await db.synced('volunteers').bulkGet(volunteerIds)).flatMap((v) => (v ? [[v.id, v.name] as const] : []))),
    [volunteerIds.join(',')],
  );
  return (
    <Timeline
      data-testid="timeline"
      items={events.map((e) => ({
        key: e.id,
        color: COLOURS[e.kind] ?? 'blue',
        content: (
          <div data-testid="timeline-event">
            <Typography.Text strong>{t(`requests.event.${e.kind}`)}</Typography.Text>
            <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
              {new Date(e.at).toLocaleString()} · {t('requests.detail.by', { operator: operators?.get(e.operatorId) ?? e.operatorId.slice(-6), station: orgName(e.stationPath) })}
            </Typography.Text>
            <div>{describeEvent(t, e, (id) => volunteers?.get(id) ?? id.slice(-6))}</div>
          </div>
        ),
      }))}
    />
  );
}
