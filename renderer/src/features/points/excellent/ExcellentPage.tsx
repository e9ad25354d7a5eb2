import { useState } from 'react';
import { App, Button, Card, Descriptions, InputNumber, Space, Table, Typography } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ruleOn } from '../../../../../shared/points/rule';
import { orgName } from '../../../../../shared/org/org-tree';
import { db } from '../../../db';
import { excellentCandidates, ruleTimelineOf } from '../queries';
import { showCenti } from '../format';
import { exportVanguard } from './export-vanguard';

/**
 * 优秀志愿者候选名单: the year's volunteers meeting the city's criteria (shown above the list),
 * by points; and the party members' figures exported for the vanguard index (党员先锋指数).
 */
export function ExcellentPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [year, setYear] = useState(new Date().getFullYear());
  const [exporting, setExporting] = useState<number | null>(null);
  const rule = useLiveQuery(async () => ruleOn(await ruleTimelineOf(db), `${year}-12-31`), [year]);
  const list = useLiveQuery(async () => (rule ? excellentCandidates(db, year, rule.excellent) : undefined), [year, rule]);
  if (!rule) return null;
  const c = rule.excellent;

  const runExport = async () => {
    setExporting(0);
    try {
      const r = await exportVanguard(t, year, rule, (n) => setExporting(n));
      if (r.saved) message.success(t('points.vanguard.done', { count: r.members }));
    } catch (e) {
      message.error(t('points.vanguard.failed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setExporting(null);
    }
  };

  return (
    <Card size="small" title={<Typography.Title level={4} style={{ margin: 0 }}>{t('points.excellent.title')}</Typography.Title>}
      extra={<Space>
        <span>{t('points.excellent.year')}</span>
        <InputNumber value={year} min={2000} max={2100} onChange={(v) => v && setYear(v)} aria-label={t('points.excellent.year')} />
        <Button icon={<FileExcelOutlined />} loading={exporting !== null} onClick={() => void runExport()}>
          {exporting !== null ? t('points.vanguard.progress', { count: exporting }) : t('points.vanguard.export')}
        </Button>
      </Space>}>
      <Descriptions size="small" bordered column={1} style={{ marginBottom: 12 }} data-testid="excellent-criteria" title={t('points.excellent.criteria')}
        items={[
          { key: 'h', label: t('points.excellent.minHours'), children: t('points.excellent.minHoursText', { hours: c.minHours, year }) },
          { key: 'r', label: t('points.excellent.minRecords'), children: t('points.excellent.minRecordsText', { count: c.minRecords }) },
          { key: 'd', label: t('points.excellent.maxDissatisfied'), children: t('points.excellent.maxDissatisfiedText', { count: c.maxDissatisfied }) },
          { key: 'o', label: t('points.excellent.order'), children: t('points.excellent.orderText') },
          { key: 's', label: t('points.excellent.rule'), children: `${rule.name}(${t('points.rules.effectiveFrom')} ${rule.effectiveFrom})` },
        ]} />
      <Typography.Paragraph type="secondary">{list ? t('points.excellent.count', { count: list.total, shown: list.rows.length }) : '…'}</Typography.Paragraph>
      <Table size="small" rowKey={(r) => r.tally.volunteerId} loading={!list} dataSource={list?.rows ?? []} pagination={{ pageSize: 20, showSizeChanger: false }} data-testid="excellent-list"
        columns={[
          { title: t('points.leaderboard.rank'), key: 'i', width: 56, render: (_, __, i) => i + 1 },
          { title: t('points.record.volunteer'), key: 'n', render: (_, r) => <Link to={`/points?v=${r.tally.volunteerId}`}>{r.volunteer?.name ?? r.tally.volunteerId}</Link> },
          { title: t('points.excellent.political'), key: 'p', width: 90, render: (_, r) => (r.volunteer ? t(`political.${r.volunteer.politicalStatus}`) : '') },
          { title: t('points.leaderboard.unit'), key: 'u', ellipsis: true, render: (_, r) => orgName(r.tally.orgPath) },
          { title: t('points.record.hours'), key: 'h', width: 90, align: 'right', render: (_, r) => showCenti(r.tally.centiHours) },
          { title: t('points.leaderboard.records'), key: 'c', width: 80, align: 'right', render: (_, r) => r.tally.records },
          { title: t('points.excellent.satisfied'), key: 's', width: 80, align: 'right', render: (_, r) => r.tally.satisfied },
          { title: t('points.ledger.points'), key: 'pt', width: 90, align: 'right', render: (_, r) => showCenti(r.tally.points) },
        ]} />
    </Card>
  );
}
