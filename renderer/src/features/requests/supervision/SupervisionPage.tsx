import { Alert, Badge, Card, Table, Tabs, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HelpRequest } from '../../../../../shared/domain/entities';
import { catalogueItem } from '../../../catalogue/live';
import { orgName } from '../../../../../shared/org/org-tree';
import { can } from '../../../session/permissions';
import { useSession } from '../../../session/store';
import type { Stored } from '../../../db';
import { useNow } from '../now';
import { StatusTag } from '../StatusTag';
import { spanText } from '../detail/TimeLimitTag';
import { oftenRequests, overdueRequests, SUPERVISION_LIMIT } from './queries';

const CARD_COLOURS = { normal: 'default', yellow: 'gold', red: 'red' } as const;

/** Overdue, often-returned and often-extended requests of this station's subtree. */
export function SupervisionPage() {
  const { t } = useTranslation();
  const role = useSession((s) => s.operator?.role);
  const now = useNow(60_000);
  // Re-read once a minute, not on every render.
  const minute = new Date(Math.floor(now / 60_000) * 60_000).toISOString();
  const lists = useLiveQuery(
    async () => ({ overdue: await overdueRequests(minute), returned: await oftenRequests('returns'), extended: await oftenRequests('extensions') }),
    [minute],
  );
  if (!can(role, 'supervise')) return <Card><Alert type="info" showIcon title={t('requests.supervision.onlySupervisors')} /></Card>;

  const table = (rows: Stored<HelpRequest>[] | undefined, testId: string) => (
    <Table<Stored<HelpRequest>>
      rowKey="id" size="small" loading={!rows} dataSource={rows} pagination={false} data-testid={testId}
      locale={{ emptyText: t('requests.supervision.empty') }}
      footer={rows && rows.length >= SUPERVISION_LIMIT ? () => t('requests.supervision.shown', { count: SUPERVISION_LIMIT }) : undefined}
      columns={[
        { title: t('requests.field.number'), dataIndex: 'number', width: 160, render: (v: string, r) => <Link to={`/requests/${r.id}`}>{v}</Link> },
        { title: t('requests.field.callerName'), dataIndex: 'callerName', width: 90 },
        { title: t('requests.field.itemCode'), dataIndex: 'itemCode', width: 120, render: (c: string) => catalogueItem(c)?.name ?? c },
        { title: t('requests.field.status'), dataIndex: 'status', width: 90, render: (s: HelpRequest['status']) => <StatusTag status={s} /> },
        {
          title: t('requests.field.dueAt'), dataIndex: 'dueAt', width: 190,
          render: (d?: string) => (d ? (Date.parse(d) < now ? <Typography.Text type="danger">{t('requests.time.overdue', { late: spanText(t, now - Date.parse(d)) })}</Typography.Text> : new Date(d).toLocaleString()) : '—'),
        },
        { title: t('requests.field.holder'), dataIndex: 'holderPath', ellipsis: true, render: (p?: string) => (p ? orgName(p) : '—') },
        { title: t('requests.field.returns'), dataIndex: 'returns', width: 80, align: 'right', render: (v?: number) => v ?? 0 },
        { title: t('requests.field.extensions'), dataIndex: 'extensions', width: 100, align: 'right', render: (v?: number) => v ?? 0 },
        { title: t('requests.field.supervision'), dataIndex: 'supervision', width: 110, render: (c?: HelpRequest['supervision']) => <Tag color={CARD_COLOURS[c ?? 'normal']}>{t(`requests.card.${c ?? 'normal'}`)}</Tag> },
      ]}
    />
  );
  const label = (text: string, rows?: unknown[]) => <span>{text} <Badge count={rows?.length ?? 0} overflowCount={SUPERVISION_LIMIT - 1} showZero color={rows?.length ? '#cf1322' : '#bfbfbf'} /></span>;

  return (
    <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('requests.supervision.title')}</Typography.Title>}>
      <Tabs items={[
        { key: 'overdue', label: label(t('requests.supervision.overdue'), lists?.overdue), children: table(lists?.overdue, 'overdue-list') },
        { key: 'returned', label: label(t('requests.supervision.oftenReturned'), lists?.returned), children: table(lists?.returned, 'returned-list') },
        { key: 'extended', label: label(t('requests.supervision.oftenExtended'), lists?.extended), children: table(lists?.extended, 'extended-list') },
      ]} />
    </Card>
  );
}
