import { useMemo, useState } from 'react';
import { Card, Col, Empty, Progress, Row, Segmented, Space, Table, TreeSelect, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { orgName } from '../../../../../shared/org/org-tree';
import { db } from '../../../db';
import { useStation } from '../../../station/station';
import { orgTreeData } from '../../setup/orgTreeData';
import { leaderboard, unitRanking, type Metric } from '../queries';
import { periodKey, showCenti, type PeriodKind } from '../format';
import { PeriodPicker } from './PeriodPicker';

const TOP = 50;

/**
 * 排行榜: the top volunteers of a unit in a period, and how the unit's own parts compare. Both
 * read a few index rows (the tallies), never the records.
 */
export function LeaderboardPage() {
  const { t } = useTranslation();
  const station = useStation();
  const [kind, setKind] = useState<PeriodKind>('year');
  const [date, setDate] = useState<Dayjs>(dayjs());
  const [metric, setMetric] = useState<Metric>('points');
  const [unitChoice, setUnit] = useState<string | null>(null);
  const path = station?.orgPath ?? '';
  const unit = unitChoice ?? path;
  const period = periodKey(kind, { year: date.year(), month: date.month() + 1 });
  const tree = useMemo(() => (path ? [{ value: path, title: orgName(path), children: orgTreeData(path) }] : []), [path]);
  const people = useLiveQuery(() => (path ? leaderboard(db, { period, unit, station: path, metric, limit: TOP }) : undefined), [period, unit, path, metric]);
  const units = useLiveQuery(() => (unit ? unitRanking(db, period, unit, metric) : undefined), [period, unit, metric]);
  if (!station) return null;
  const top = (units ?? []).reduce((m, u) => Math.max(m, u.tally?.[metric] ?? 0), 0);
  const figure = (v: number) => showCenti(v);
  return (
    <Card size="small" title={<Typography.Title level={4} style={{ margin: 0 }}>{t('points.leaderboard.title')}</Typography.Title>}>
      <Space wrap style={{ marginBottom: 12 }}>
        <PeriodPicker kind={kind} date={date} onChange={(k, d) => { setKind(k); setDate(d); }} />
        <TreeSelect style={{ width: 240 }} value={unit} treeData={tree} showSearch treeNodeFilterProp="title" onChange={(v) => setUnit(v)} aria-label={t('points.leaderboard.unit')} treeDefaultExpandedKeys={[path]} />
        <Segmented<Metric> value={metric} onChange={setMetric} options={[{ value: 'points', label: t('points.leaderboard.byPoints') }, { value: 'centiHours', label: t('points.leaderboard.byHours') }]} />
      </Space>
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <Typography.Title level={5}>{t('points.leaderboard.volunteers', { unit: orgName(unit), top: TOP })}</Typography.Title>
          <Table size="small" rowKey={(r) => r.tally.volunteerId} loading={!people} dataSource={people ?? []} pagination={false} data-testid="leaderboard" scroll={{ y: 460 }}
            locale={{ emptyText: <Empty description={t('points.leaderboard.empty')} /> }}
            columns={[
              { title: t('points.leaderboard.rank'), key: 'i', width: 56, render: (_, __, i) => i + 1 },
              { title: t('points.record.volunteer'), key: 'n', render: (_, r) => <Link to={`/points?v=${r.tally.volunteerId}`}>{r.volunteer?.name ?? r.tally.volunteerId}</Link> },
              { title: t('points.leaderboard.unit'), key: 'u', ellipsis: true, render: (_, r) => orgName(r.tally.orgPath) },
              { title: t('points.record.hours'), key: 'h', width: 90, align: 'right', render: (_, r) => figure(r.tally.centiHours) },
              { title: t('points.ledger.points'), key: 'p', width: 90, align: 'right', render: (_, r) => figure(r.tally.points) },
              { title: t('points.leaderboard.records'), key: 'c', width: 90, align: 'right', render: (_, r) => r.tally.records },
            ]} />
        </Col>
        <Col xs={24} lg={10}>
          <Typography.Title level={5}>{t('points.leaderboard.units', { unit: orgName(unit) })}</Typography.Title>
          {units && units.length === 0 ? <Empty description={t('points.leaderboard.noParts')} /> : (
            <Table size="small" rowKey="unit" loading={!units} dataSource={units ?? []} pagination={false} scroll={{ y: 460 }} data-testid="unit-ranking"
              columns={[
                { title: t('points.leaderboard.rank'), key: 'i', width: 56, render: (_, __, i) => i + 1 },
                { title: t('points.leaderboard.unit'), dataIndex: 'name', ellipsis: true },
                { title: metric === 'points' ? t('points.ledger.points') : t('points.volunteer.hours'), key: 'v', width: 170,
                  render: (_, u) => <Progress percent={top ? Math.round((100 * (u.tally?.[metric] ?? 0)) / top) : 0} format={() => figure(u.tally?.[metric] ?? 0)} size="small" /> },
              ]} />
          )}
        </Col>
      </Row>
    </Card>
  );
}
