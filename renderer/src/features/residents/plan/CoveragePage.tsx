import { Card, Col, Row, Statistic, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { percent } from '../../../../../shared/residents/coverage';
import { chinaDate } from '../../../../../shared/residents/dates';
import { orgName } from '../../../../../shared/org/org-tree';
import { useNow } from '../../requests/now';
import { coverageReport, type CoverageReport } from './queries';

/** 走访覆盖 what supervisors check: households paired and visited on time, per service point and per member. No charts here; the dashboard draws them. */
export function CoveragePage() {
  const { t } = useTranslation();
  const today = chinaDate(useNow(60_000));
  const report = useLiveQuery(() => coverageReport(today), [today]);
  const total = report?.total;
  const rate = (part: number, whole: number) => t('residents.coverage.rate', { percent: percent(part, whole) });
  return (
    <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('residents.coverage.title')}</Typography.Title>} loading={!report}>
      {total && (
        <Row gutter={16} style={{ marginBottom: 16 }} data-testid="coverage-total">
          <Col span={5}><Statistic title={t('residents.coverage.households')} value={total.households} /></Col>
          <Col span={5}><Statistic title={t('residents.coverage.paired')} value={total.paired} suffix={`/ ${rate(total.paired, total.households)}`} /></Col>
          <Col span={5}><Statistic title={t('residents.coverage.onTime')} value={total.onTime} suffix={`/ ${rate(total.onTime, total.paired)}`} /></Col>
          <Col span={5}><Statistic title={t('residents.coverage.overdue')} value={total.overdue} styles={{ content: { color: total.overdue ? '#cf1322' : undefined } }} /></Col>
          <Col span={4}><Statistic title={t('residents.coverage.dueThisWeek')} value={total.dueThisWeek} /></Col>
        </Row>
      )}
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <Typography.Title level={5}>{t('residents.coverage.byPoint')}</Typography.Title>
          <Table<CoverageReport['byPoint'][number]> size="small" rowKey="orgPath" dataSource={report?.byPoint} pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: t('residents.coverage.empty') }}
            columns={[
              { title: t('residents.coverage.point'), dataIndex: 'orgPath', ellipsis: true, render: (p: string) => orgName(p) },
              { title: t('residents.coverage.households'), dataIndex: 'households', width: 100 },
              { title: t('residents.coverage.paired'), width: 110, render: (_, r) => `${r.paired} (${rate(r.paired, r.households)})` },
              { title: t('residents.coverage.onTime'), width: 110, render: (_, r) => `${r.onTime} (${rate(r.onTime, r.paired)})` },
              { title: t('residents.coverage.overdue'), dataIndex: 'overdue', width: 80 },
            ]} />
        </Col>
        <Col xs={24} xl={10}>
          <Typography.Title level={5}>{t('residents.coverage.byMember')}</Typography.Title>
          <Table<CoverageReport['members'][number]> size="small" rowKey="volunteerId" dataSource={report?.members} pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: t('residents.coverage.empty') }}
            columns={[
              { title: t('residents.coverage.memberName'), dataIndex: 'name' },
              { title: t('residents.coverage.memberHouseholds'), dataIndex: 'households', width: 90 },
              { title: t('residents.coverage.overdue'), dataIndex: 'overdue', width: 80 },
              { title: t('residents.coverage.dueThisWeek'), dataIndex: 'dueThisWeek', width: 90 },
            ]} />
        </Col>
      </Row>
    </Card>
  );
}
