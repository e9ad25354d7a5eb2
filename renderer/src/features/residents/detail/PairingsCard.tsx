import { useState } from 'react';
import { App, Button, Card, Empty, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Resident } from '../../../../../shared/domain/entities';
import { chinaDate } from '../../../../../shared/residents/dates';
import { visitStatus } from '../../../../../shared/residents/visit-schedule';
import { can } from '../../../session/permissions';
import { currentActor, useSession } from '../../../session/store';
import { useNow } from '../../requests/now';
import { endPairing } from '../commands';
import { usePairingsOf } from '../queries';
import { VisitStateTag } from '../tags';
import { PairingForm } from './PairingForm';

/** The household's paired members: frequency, where each stands, and pairing or ending one. */
export function PairingsCard({ resident }: { resident: Resident }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const role = useSession((s) => s.operator?.role);
  const today = chinaDate(useNow(60_000));
  const rows = usePairingsOf(resident.id);
  const [adding, setAdding] = useState(false);
  const edit = can(role, 'editRecords');
  return (
    <Card size="small" title={t('residents.detail.pairings')} data-testid="pairings"
      extra={edit && <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)}>{t('residents.pairing.add')}</Button>}>
      {rows && rows.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('residents.detail.noPairings')} /> : (
        <List size="small" dataSource={rows ?? []} renderItem={({ pairing: p, member }) => {
          const status = visitStatus(p, today);
          return (
            <List.Item data-testid="pairing" actions={edit && status.state !== 'ended' ? [
              <Popconfirm key="end" title={t('residents.pairing.endConfirm', { name: member?.name ?? '' })}
                onConfirm={async () => {
                  await endPairing(currentActor(), p.id);
                  message.success(t('residents.pairing.ended'));
                }}>
                <Button size="small" type="link">{t('residents.pairing.end')}</Button>
              </Popconfirm>,
            ] : []}>
              <Space orientation="vertical" size={0}>
                <Space size={6} wrap>
                  <Typography.Text strong>{member?.name ?? p.volunteerId}</Typography.Text>
                  {member && <Typography.Text type="secondary">{member.mobile}</Typography.Text>}
                  <Tag>{t(`residents.frequency.${p.frequency}`)}</Tag>
                  <VisitStateTag status={status} />
                </Space>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {p.endDate ? `${p.startDate} – ${p.endDate}` : t('residents.pairing.since', { date: p.startDate })}
                  {p.lastVisitDate ? ` · ${t('residents.pairing.lastVisit')} ${p.lastVisitDate}` : ''}
                  {status.due ? ` · ${t('residents.pairing.nextDue')} ${status.due}` : ''}
                </Typography.Text>
              </Space>
            </List.Item>
          );
        }} />
      )}
      {adding && <PairingForm resident={resident} onClose={() => setAdding(false)} />}
    </Card>
  );
}
