import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { activityOf, dayCount, figuresOf, type DashboardView } from '../../../../shared/dashboard';

const pct = (v: number | null) => (v === null ? null : `${(v * 100).toFixed(1)}%`);

/** The headline figures of the unit and period. */
export function KpiRow({ view }: { view: DashboardView }) {
  const { t } = useTranslation();
  const f = figuresOf(view.total);
  const a = activityOf(view.total, view.snapshot, dayCount(view.period));
  const none = t('dashboard.kpi.none');
  const items: { key: string; value: string | number; note?: string; colour?: string }[] = [
    { key: 'requests', value: f.requests },
    { key: 'open', value: f.open, colour: '#fa8c16' },
    { key: 'completionRate', value: pct(f.completionRate) ?? none },
    { key: 'onTimeRate', value: pct(f.onTimeRate) ?? none },
    { key: 'avgHandling', value: f.avgHandlingHours === null ? none : `${f.avgHandlingHours.toFixed(1)} ${t('dashboard.kpi.hoursUnit')}` },
    { key: 'satisfaction', value: pct(f.satisfactionRate) ?? none, note: t('dashboard.kpi.ratedOf', { n: f.rated }), colour: '#389e0d' },
    { key: 'hours', value: `${a.serviceHours.toFixed(1)} ${t('dashboard.kpi.hoursUnit')}` },
    { key: 'activeVolunteers', value: a.activeVolunteers, note: t('dashboard.kpi.volunteersOf', { n: a.volunteers }) },
    { key: 'visits', value: `${a.visits} / ${a.visitsPlanned}` },
  ];
  return (
    <Row gutter={[8, 8]} style={{ marginBottom: 12 }}>
      {items.map((k) => (
        <Col key={k.key} flex="1 1 112px">
          <Card size="small" data-testid={`kpi-${k.key}`} styles={{ body: { padding: '6px 10px' } }}>
            <Statistic title={t(`dashboard.kpi.${k.key}`)} value={k.value} styles={{ title: { fontSize: 12, whiteSpace: 'nowrap' }, content: { fontSize: 18, color: k.colour } }} />
            {k.note && <div style={{ fontSize: 11, color: '#999' }}>{k.note}</div>}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
