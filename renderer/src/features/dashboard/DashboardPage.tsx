import { useMemo, useRef, useState } from 'react';
import { Col, Row, Segmented, Spin, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { addDays, periodInstants, type DashboardView, type Period } from '../../../../shared/dashboard';
import { orgName } from '../../../../shared/org/org-tree';
import type { RequestFilter } from '../requests/list/filter';
import { useListFilter } from '../requests/list/filter-store';
import { db } from '../../db';
import { useStation } from '../../station/station';
import { loadDashboard } from './load';
import { cachedCentreFigures } from './centre-figures';
import { centreView } from './centre-view';
import { useDashboardQuery } from './useDashboardQuery';
import { FilterBar } from './FilterBar';
import { SourceBar, type Source } from './SourceBar';
import { ConsistencyCheck } from './ConsistencyCheck';
import { KpiRow } from './KpiRow';
import { ChartCard } from './charts/ChartCard';
import { TrendChart } from './charts/TrendChart';
import { SliceBars } from './charts/SliceBars';
import { UnitBars } from './charts/UnitBars';
import { HeatMap, type HeatMetric } from './charts/HeatMap';
import { WeekMatrix } from './charts/WeekMatrix';
import { breakdowns, matrixOf, matrixTable, sliceTable, trendTable, unitRows, unitTable } from './model';
import { useWidth } from './useWidth';
import { useDashboardDevHook } from './dev-hook';

/** 数据看板: the station's scope judged by data, drilled down city → county → town → village by clicking. */
export function DashboardPage() {
  const station = useStation();
  useDashboardDevHook();
  if (!station) return null;
  return <Board station={station.orgPath} />;
}

function Board({ station }: { station: string }) {
  const [now] = useState(() => Date.now());
  const { unit, period, set } = useDashboardQuery(station, now);
  const [source, setSource] = useState<Source>('local');
  const local = useLiveQuery(() => loadDashboard(db, { unit, period }), [unit, period.from, period.to]);
  const cached = useLiveQuery(() => cachedCentreFigures(db, unit), [unit]);
  const centreAllowed = station.split('/').length <= 2;
  const view = source === 'centre' && cached && centreAllowed ? centreView(cached, unit, period) : local;
  return (
    <div data-testid="dashboard">
      <FilterBar station={station} unit={unit} period={period} now={now} onChange={set} />
      {centreAllowed && <SourceBar source={cached ? source : 'local'} onSource={setSource} unit={unit} period={period} cached={cached} now={now} />}
      <ConsistencyCheck />
      {view && view.unit === unit ? <Charts view={view} onDrill={(u) => set({ unit: u })} /> : <Spin style={{ display: 'block', margin: 48 }} />}
    </div>
  );
}

function Charts({ view, onDrill }: { view: DashboardView; onDrill: (unit: string) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [metric, setMetric] = useState<HeatMetric>('density');
  const matrixBox = useRef<HTMLDivElement>(null);
  const matrixWidth = useWidth(matrixBox);
  const subtitle = `${orgName(view.unit)} ${view.period.from}~${addDays(view.period.to, -1)}`;
  const b = useMemo(() => breakdowns(view, t), [view, t]);
  const units = useMemo(() => unitRows(view, t), [view, t]);
  const matrix = useMemo(() => matrixOf(view), [view]);
  const toList = (extra: RequestFilter) => {
    const list = useListFilter.getState();
    list.reset();
    list.setFilter({ orgPath: view.unit, ...periodInstants(view.period as Period), ...extra });
    navigate('/requests');
  };
  const hasChildren = view.children.length > 0;
  return (
    <>
      <KpiRow view={view} />
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={16}>
          <ChartCard id="trend" title={t('dashboard.chart.trend')} subtitle={subtitle} table={trendTable(view, t)}><TrendChart view={view} /></ChartCard>
        </Col>
        <Col xs={24} xl={8}>
          <ChartCard id="category" title={t('dashboard.chart.byCategory')} subtitle={subtitle} table={sliceTable(b.byCategory, t('requests.field.category'), t)}>
            <SliceBars data={b.byCategory} onPick={(k) => toList({ categoryCode: k })} />
          </ChartCard>
        </Col>
        {hasChildren && (
          <>
            <Col xs={24} xl={12}>
              <ChartCard id="units" title={t('dashboard.chart.byUnit')} subtitle={subtitle} table={unitTable(units, t)} height={300}>
                <UnitBars rows={units} onDrill={onDrill} />
              </ChartCard>
            </Col>
            <Col xs={24} xl={12}>
              <ChartCard id="heat" title={t('dashboard.chart.heat')} subtitle={subtitle} table={unitTable(units, t)} height={300}
                extra={<Segmented size="small" value={metric} onChange={(v) => setMetric(v as HeatMetric)} data-testid="heat-metric"
                  options={(['density', 'satisfaction', 'onTime'] as const).map((m) => ({ value: m, label: t(`dashboard.chart.metric.${m}`) }))} />}>
                <HeatMap rows={units} metric={metric} onDrill={onDrill} />
              </ChartCard>
            </Col>
            <Col span={24}>
              <ChartCard id="matrix" title={t('dashboard.chart.matrix')} subtitle={subtitle} table={matrixTable(matrix, t)} height={48 + matrix.units.length * (matrix.units.length > 12 ? 16 : 22)}>
                <div ref={matrixBox} style={{ width: '100%', overflowX: 'auto' }}><WeekMatrix matrix={matrix} width={matrixWidth} onDrill={onDrill} /></div>
              </ChartCard>
            </Col>
          </>
        )}
        {!hasChildren && <Col span={24}><Typography.Text type="secondary">{t('dashboard.chart.noChildren')}</Typography.Text></Col>}
        <Col xs={24} lg={8}>
          <ChartCard id="source" title={t('dashboard.chart.bySource')} subtitle={subtitle} table={sliceTable(b.bySource, t('requests.field.source'), t)} height={200}>
            <SliceBars data={b.bySource} onPick={(k) => toList({ source: k as RequestFilter['source'] })} />
          </ChartCard>
        </Col>
        <Col xs={24} lg={8}>
          <ChartCard id="type" title={t('dashboard.chart.byType')} subtitle={subtitle} table={sliceTable(b.byType, t('requests.field.type'), t)} height={200}>
            <SliceBars data={b.byType} />
          </ChartCard>
        </Col>
        <Col xs={24} lg={8}>
          <ChartCard id="status" title={t('dashboard.chart.byStatus')} subtitle={subtitle} table={sliceTable(b.byStatus, t('requests.field.status'), t)} height={200}>
            <SliceBars data={b.byStatus} onPick={(k) => toList({ statuses: [k as NonNullable<RequestFilter['statuses']>[number]] })} />
          </ChartCard>
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard id="items" title={t('dashboard.chart.topItems')} subtitle={subtitle} table={sliceTable(b.topItems, t('requests.field.itemCode'), t)} height={300}>
            <SliceBars data={b.topItems} labelWidth={110} onPick={(k) => toList({ itemCode: k })} />
          </ChartCard>
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard id="unresolved" title={t('dashboard.chart.unresolved')} subtitle={subtitle} table={sliceTable(b.unresolved, t('requests.field.itemCode'), t)} height={300}>
            <SliceBars data={b.unresolved} labelWidth={110} />
          </ChartCard>
        </Col>
      </Row>
    </>
  );
}
