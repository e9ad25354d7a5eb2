import { Card, Col, Row, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { db } from '../../db';
import type { OutboxBatch } from '../../db/schema';
import { useStation } from '../../station/station';
import { useEnrolment, useLastSync } from '../../sync/hooks';
import { EnrolCard } from './EnrolCard';
import { StatusCard } from './StatusCard';
import { RejectionsCard } from './RejectionsCard';

/** Sync with the city centre: enrolment, status, "sync now", refused records and what is still to send. */
export function SyncPage() {
  const { t } = useTranslation();
  const station = useStation();
  const enrolment = useEnrolment(db);
  const lastSync = useLastSync(db);
  const latest = useLiveQuery(() => db.outbox.orderBy('seq').limit(100).toArray(), [], []);
  const operators = useLiveQuery(async () => new Map((await db.operators.toArray()).map((o) => [o.id, o.name])), [], new Map<string, string>());
  if (!station || enrolment === undefined) return null;
  return (
    <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('syncClient.title')}</Typography.Title>}>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}><StatusCard enrolled={enrolment !== null} lastSync={lastSync} /></Col>
        <Col xs={24} xl={10}><EnrolCard stationPath={station.orgPath} enrolment={enrolment} /></Col>
        <Col span={24}><RejectionsCard /></Col>
        <Col span={24}>
          <Card size="small" title={t('status.pending')}>
            <Table<OutboxBatch>
              rowKey="seq"
              size="small"
              dataSource={latest}
              pagination={false}
              scroll={{ y: 320 }}
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
        </Col>
      </Row>
    </Card>
  );
}
