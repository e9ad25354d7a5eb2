import { Alert, Card, Descriptions, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { db } from '../../db';
import type { OutboxBatch } from '../../db/schema';
import { useOnline } from '../../platform/useOnline';
import { usePendingCount } from './usePendingCount';

/** What this station has not yet sent to the city centre. */
export function SyncPage() {
  const { t } = useTranslation();
  const online = useOnline();
  const pending = usePendingCount();
  const latest = useLiveQuery(() => db.outbox.orderBy('seq').reverse().limit(100).toArray(), [], []);
  const operators = useLiveQuery(async () => new Map((await db.operators.toArray()).map((o) => [o.id, o.name])), [], new Map<string, string>());
  return (
    <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('nav.sync')}</Typography.Title>}>
      <Alert type="info" showIcon message={t('sync.notYet')} style={{ marginBottom: 16 }} />
      <Descriptions size="small" column={2} bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('sync.network')}>{online ? t('status.online') : t('status.offline')}</Descriptions.Item>
        <Descriptions.Item label={t('status.pending')}><span data-testid="sync-pending">{pending}</span></Descriptions.Item>
      </Descriptions>
      <Table<OutboxBatch>
        rowKey="seq"
        size="small"
        dataSource={latest}
        pagination={false}
        scroll={{ y: 420 }}
        columns={[
          { title: t('sync.seq'), key: 'seq', width: 140, render: (_, b) => (b.seq === b.lastSeq ? b.seq : `${b.seq}–${b.lastSeq}`) },
          { title: t('sync.table'), key: 'tables', ellipsis: true, render: (_, b) => [...new Set(b.mutations.map((m) => m.table))].map((v) => t(`tables.${v}`)).join('、') },
          { title: t('sync.changes'), key: 'count', width: 100, render: (_, b) => b.mutations.length },
          { title: t('sync.operator'), dataIndex: 'operatorId', width: 120, render: (id: string) => operators.get(id) ?? id },
          { title: t('sync.at'), dataIndex: 'at', width: 170, render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm:ss') },
        ]}
        locale={{ emptyText: t('sync.nothingPending') }}
      />
    </Card>
  );
}
