import { App, Button, Popconfirm, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { orgName } from '../../../../../shared/org/org-tree';
import { data } from '../../../db';
import { can } from '../../../session/permissions';
import { currentActor, useSession } from '../../../session/store';
import { withdrawRedemption } from '../commands';
import type { VolunteerPoints } from '../ledger';

/** 兑换记录, newest first; one found to overdraw after sync is flagged until it is settled. */
export function RedemptionTable({ points }: { points: VolunteerPoints }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const role = useSession((s) => s.operator?.role);
  return (
    <Table size="small" rowKey="id" dataSource={points.redemptions} pagination={{ pageSize: 10, showSizeChanger: false }} data-testid="points-redemptions"
      columns={[
        { title: t('points.redeem.at'), key: 'at', width: 150, render: (_, r) => new Date(r.at).toLocaleString('zh-CN') },
        { title: t('points.redeem.goods'), dataIndex: 'goods' },
        { title: t('points.redeem.points'), dataIndex: 'points', width: 80, align: 'right' },
        { title: t('points.redeem.station'), key: 'station', width: 140, render: (_, r) => (r.stationPath ? orgName(r.stationPath) : '') },
        {
          title: t('points.redeem.state'), key: 'state', width: 210,
          render: (_, r) => (points.balance.overdrawn.has(r.id) ? (
            <>
              <Tag color="red" data-testid="overdrawn-flag">{t('points.redeem.overdrawn')}</Tag>
              {can(role, 'redeemPoints') && (
                <Popconfirm title={t('points.redeem.withdrawConfirm')} onConfirm={() => void withdrawRedemption(data, currentActor(), r.id).then(() => message.success(t('points.redeem.withdrawn')))}>
                  <Button size="small" type="link">{t('points.redeem.withdraw')}</Button>
                </Popconfirm>
              )}
            </>
          ) : <Tag color="green">{t('points.redeem.ok')}</Tag>),
        },
      ]} />
  );
}
