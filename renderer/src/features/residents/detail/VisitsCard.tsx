import { useState } from 'react';
import { Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Resident } from '../../../../../shared/domain/entities';
import { db } from '../../../db';
import { can } from '../../../session/permissions';
import { useSession } from '../../../session/store';
import { useVisitsOf, volunteerNames } from '../queries';
import { VisitForm } from '../visit/VisitForm';
import { VisitPhotos } from './VisitPhotos';

/** Visits whose photos show at once; older ones show theirs on request. */
const PHOTOS_SHOWN = 5;

/** The household's visits, newest first, each with the requests its demands became. */
export function VisitsCard({ resident }: { resident: Resident }) {
  const { t } = useTranslation();
  const role = useSession((s) => s.operator?.role);
  const visits = useVisitsOf(resident.id);
  const [recording, setRecording] = useState(false);
  const refs = useLiveQuery(async () => {
    const list = visits ?? [];
    const [names, requests] = await Promise.all([
      volunteerNames(list.flatMap((v) => v.visitorIds)),
      db.synced('requests').bulkGet([...new Set(list.flatMap((v) => v.requestIds))]),
    ]);
    return { names, numbers: new Map(requests.filter((r) => r !== undefined).map((r) => [r.id, r.number])) };
  }, [visits]);
  return (
    <Card size="small" title={t('residents.detail.visits')} data-testid="visits"
      extra={can(role, 'editRecords') && <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>{t('residents.visit.record')}</Button>}>
      {visits && visits.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('residents.detail.noVisits')} /> : (
        <List size="small" dataSource={visits ?? []} renderItem={(v, index) => (
          <List.Item data-testid="visit">
            <Space orientation="vertical" size={2} style={{ width: '100%' }}>
              <Space size={6} wrap>
                <Typography.Text strong>{v.date}</Typography.Text>
                <Typography.Text type="secondary">{v.visitorIds.map((id) => refs?.names.get(id) ?? '').filter(Boolean).join('、')}</Typography.Text>
                {v.hours !== undefined && <Tag>{t('residents.visit.hoursValue', { hours: v.hours })}</Tag>}
              </Space>
              <Typography.Text>{v.findings}</Typography.Text>
              {v.followUp && <Typography.Text type="secondary">{t('residents.visit.followUp')}:{v.followUp}</Typography.Text>}
              {(v.photoCount ?? 0) > 0 && <VisitPhotos visitId={v.id} count={v.photoCount!} open={index < PHOTOS_SHOWN} />}
              {v.requestIds.length > 0 && (
                <Space size={4} wrap>
                  <Typography.Text type="secondary">{t('residents.visit.requests')}:</Typography.Text>
                  {v.requestIds.map((id) => <Link key={id} to={`/requests/${id}`} data-testid="visit-request">{refs?.numbers.get(id) ?? id}</Link>)}
                </Space>
              )}
            </Space>
          </List.Item>
        )} />
      )}
      {recording && <VisitForm resident={resident} onClose={() => setRecording(false)} />}
    </Card>
  );
}
