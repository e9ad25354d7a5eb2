import { useState } from 'react';
import { Button, Card, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ServiceRecord } from '../../../../../shared/domain/entities';
import { db } from '../../../db';
import { can } from '../../../session/permissions';
import { useSession } from '../../../session/store';
import { recordPage } from '../queries';
import { ActivityForm } from './ActivityForm';

const SIZE = 20;

/** A record's hours; struck through and tagged when they do not count (a completion not in effect). */
function Hours({ record }: { record: ServiceRecord }) {
  const { t } = useTranslation();
  if (!record.voided) return <>{record.hours}</>;
  return (
    <Tooltip title={t('points.record.voidedHint')}>
      <Space size={2} orientation="vertical" data-testid="record-voided">
        <Typography.Text delete type="secondary">{record.hours}</Typography.Text>
        <Tag color="warning" style={{ marginInlineEnd: 0 }}>{t('points.record.voided')}</Tag>
      </Space>
    </Tooltip>
  );
}

/** 服务记录: the newest service records of this station's scope, a page at a time; record an organised activity. */
export function RecordsPage() {
  const { t } = useTranslation();
  const role = useSession((s) => s.operator?.role);
  const [page, setPage] = useState(0);
  const [adding, setAdding] = useState(false);
  const result = useLiveQuery(() => recordPage(db, page, SIZE), [page]);
  return (
    <Card size="small" title={<Typography.Title level={4} style={{ margin: 0 }}>{t('points.records.title')}</Typography.Title>}
      extra={can(role, 'editRecords') && <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>{t('points.activity.add')}</Button>}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>{t('points.records.help')}</Typography.Paragraph>
      <Table size="small" rowKey="id" loading={!result} dataSource={result?.rows ?? []} data-testid="service-records"
        pagination={{ current: page + 1, pageSize: SIZE, total: result?.total ?? 0, showSizeChanger: false, onChange: (p) => setPage(p - 1), showTotal: (n) => t('points.records.total', { count: n }) }}
        columns={[
          { title: t('points.record.date'), dataIndex: 'date', width: 100 },
          { title: t('points.record.volunteer'), key: 'v', width: 110, render: (_, r) => <Link to={`/points?v=${r.volunteerId}`}>{result?.names.get(r.volunteerId) ?? '—'}</Link> },
          { title: t('points.record.source'), key: 's', width: 80, render: (_, r) => <Tag>{t(`points.source.${r.source}`)}</Tag> },
          { title: t('points.record.content'), dataIndex: 'content', ellipsis: true },
          { title: t('points.record.place'), dataIndex: 'place', ellipsis: true, width: 160 },
          { title: t('points.record.beneficiary'), dataIndex: 'beneficiary', ellipsis: true, width: 110 },
          { title: t('points.record.hours'), key: 'h', width: 90, align: 'right', render: (_, r) => <Hours record={r} /> },
          { title: t('points.record.quality'), key: 'q', width: 80, render: (_, r) => (r.satisfaction ? t(`points.satisfaction.${r.satisfaction}`) : r.quality ? '★'.repeat(r.quality) : '—') },
          { title: t('points.record.recorder'), dataIndex: 'recorder', ellipsis: true, width: 120 },
        ]} />
      {adding && <ActivityForm onClose={() => setAdding(false)} />}
    </Card>
  );
}
