import { useState } from 'react';
import { Card, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { orgName } from '../../../../../shared/org/org-tree';
import { db } from '../../../db';
import { redemptionPage } from '../queries';
import { volunteerPoints } from '../ledger';

const SIZE = 20;

/**
 * 兑换记录: the newest redemptions of this station's scope. The overdraw flag is worked out for
 * the volunteers on the page only (their own records and redemptions, a few rows each).
 */
export function RedemptionsPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  const result = useLiveQuery(async () => {
    const p = await redemptionPage(db, page, SIZE);
    const flagged = new Set<string>();
    for (const id of new Set(p.rows.map((r) => r.volunteerId))) for (const r of (await volunteerPoints(db, id)).balance.overdrawn) flagged.add(r);
    return { ...p, flagged };
  }, [page]);
  return (
    <Card size="small" title={<Typography.Title level={4} style={{ margin: 0 }}>{t('points.redemptions.title')}</Typography.Title>}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>{t('points.redemptions.help')}</Typography.Paragraph>
      <Table size="small" rowKey="id" loading={!result} dataSource={result?.rows ?? []}
        pagination={{ current: page + 1, pageSize: SIZE, total: result?.total ?? 0, showSizeChanger: false, onChange: (p) => setPage(p - 1) }}
        columns={[
          { title: t('points.redeem.at'), key: 'at', width: 160, render: (_, r) => new Date(r.at).toLocaleString('zh-CN') },
          { title: t('points.record.volunteer'), key: 'v', width: 120, render: (_, r) => <Link to={`/points?v=${r.volunteerId}`}>{result?.names.get(r.volunteerId) ?? '—'}</Link> },
          { title: t('points.redeem.goods'), dataIndex: 'goods' },
          { title: t('points.redeem.points'), dataIndex: 'points', width: 80, align: 'right' },
          { title: t('points.redeem.station'), key: 's', width: 160, render: (_, r) => (r.stationPath ? orgName(r.stationPath) : '') },
          { title: t('points.redeem.state'), key: 'f', width: 140, render: (_, r) => (result?.flagged.has(r.id) ? <Tag color="red">{t('points.redeem.overdrawn')}</Tag> : <Tag color="green">{t('points.redeem.ok')}</Tag>) },
        ]} />
    </Card>
  );
}
