import { useState } from 'react';
import { Button, DatePicker, Space, Spin, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { activityOf, dayCount, dayOf, figuresOf, monthPeriod, type DashboardView } from '../../../../../shared/dashboard';
import { isValidOrgPath, isWithin } from '../../../../../shared/org/org-path';
import { orgName } from '../../../../../shared/org/org-tree';
import { db } from '../../../db';
import { printWindow } from '../../../platform/files';
import { useStation } from '../../../station/station';
import { loadDashboard } from '../load';
import { breakdowns, unitRows } from '../model';
import { TrendChart } from '../charts/TrendChart';
import './report.css';

const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);

/** 月度报告: one month of a unit as charts and tables, printed or saved as PDF. */
export function MonthlyReport() {
  const { t } = useTranslation();
  const station = useStation();
  const [now] = useState(() => Date.now());
  const [params, setParams] = useSearchParams();
  const asked = params.get('unit') ?? '';
  const unit = station && isValidOrgPath(asked) && isWithin(asked, station.orgPath) ? asked : station?.orgPath ?? '';
  const month = /^\d{4}-\d{2}$/.test(params.get('month') ?? '') ? params.get('month')! : dayOf(now).slice(0, 7);
  const period = monthPeriod(month);
  const view = useLiveQuery(() => (unit ? loadDashboard(db, { unit, period }) : undefined), [unit, month]);
  const print = async () => {
    document.body.classList.add('lx-report-printing');
    try {
      await printWindow(`${t('dashboard.report.heading', { unit: orgName(unit), month })}.pdf`, false);
    } finally {
      document.body.classList.remove('lx-report-printing');
    }
  };
  if (!station) return null;
  return (
    <div>
      <Space style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t('dashboard.report.month')}</Typography.Text>
        <DatePicker picker="month" allowClear={false} value={dayjs(`${month}-01`)} data-testid="report-month"
          onChange={(d) => d && setParams((p) => { const n = new URLSearchParams(p); n.set('month', d.format('YYYY-MM')); return n; })} />
        <Typography.Text>{orgName(unit)}</Typography.Text>
        <Button type="primary" icon={<PrinterOutlined />} onClick={print} disabled={!view} data-testid="report-print">{t('dashboard.report.print')}</Button>
      </Space>
      {view ? <Report view={view} month={month} now={now} /> : <Spin style={{ display: 'block', margin: 48 }} />}
    </div>
  );
}

function Report({ view, month, now }: { view: DashboardView; month: string; now: number }) {
  const { t } = useTranslation();
  const f = figuresOf(view.total);
  const a = activityOf(view.total, view.snapshot, dayCount(view.period));
  const b = breakdowns(view, t);
  const units = unitRows(view, t);
  const c = (k: string) => t(`dashboard.report.col.${k}`);
  return (
    <div className="lx-report" data-testid="monthly-report">
      <h1>{t('dashboard.report.heading', { unit: orgName(view.unit), month })}</h1>
      <div className="lx-report-meta">{t('dashboard.report.generated', { at: new Date(now).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }) })}</div>
      <h2>{t('dashboard.report.summary')}</h2>
      <table>
        <tbody>
          <tr><th>{t('dashboard.kpi.requests')}</th><td className="num">{f.requests}</td><th>{t('dashboard.kpi.open')}</th><td className="num">{f.open}</td></tr>
          <tr><th>{t('dashboard.kpi.completionRate')}</th><td className="num">{pct(f.completionRate)}</td><th>{t('dashboard.kpi.onTimeRate')}</th><td className="num">{pct(f.onTimeRate)}</td></tr>
          <tr><th>{t('dashboard.kpi.avgHandling')}</th><td className="num">{f.avgHandlingHours === null ? '—' : `${f.avgHandlingHours.toFixed(1)} ${t('dashboard.kpi.hoursUnit')}`}</td><th>{t('dashboard.kpi.satisfaction')}</th><td className="num">{pct(f.satisfactionRate)}</td></tr>
          <tr><th>{t('dashboard.kpi.hours')}</th><td className="num">{a.serviceHours.toFixed(1)}</td><th>{t('dashboard.kpi.visits')}</th><td className="num">{a.visits} / {a.visitsPlanned}</td></tr>
        </tbody>
      </table>
      <h2>{t('dashboard.chart.trend')}</h2>
      <div className="lx-report-chart"><TrendChart view={view} /></div>
      {units.length > 0 && (
        <>
          <h2>{t('dashboard.report.units')}</h2>
          <table>
            <thead><tr><th>{c('unit')}</th><th>{c('requests')}</th><th>{c('done')}</th><th>{c('completionRate')}</th><th>{c('onTimeRate')}</th><th>{c('satisfaction')}</th></tr></thead>
            <tbody>{units.map((u) => (
              <tr key={u.unit + u.name}><td>{u.name}</td><td className="num">{u.requests}</td><td className="num">{u.done}</td>
                <td className="num">{u.completionRate ?? '—'}{u.completionRate !== null ? '%' : ''}</td><td className="num">{u.onTimeRate ?? '—'}{u.onTimeRate !== null ? '%' : ''}</td>
                <td className="num">{u.satisfactionRate ?? '—'}{u.satisfactionRate !== null ? '%' : ''}</td></tr>
            ))}</tbody>
          </table>
        </>
      )}
      <h2>{t('dashboard.report.categories')}</h2>
      <table>
        <thead><tr><th>{c('category')}</th><th>{c('count')}</th></tr></thead>
        <tbody>{b.byCategory.map((s) => <tr key={s.key}><td>{s.label}</td><td className="num">{s.value}</td></tr>)}</tbody>
      </table>
      <h2>{t('dashboard.report.items')}</h2>
      <table>
        <thead><tr><th>{c('item')}</th><th>{c('count')}</th></tr></thead>
        <tbody>{b.topItems.map((s) => <tr key={s.key}><td>{s.label}</td><td className="num">{s.value}</td></tr>)}</tbody>
      </table>
      <h2>{t('dashboard.report.unresolved')}</h2>
      <table>
        <thead><tr><th>{c('item')}</th><th>{c('count')}</th></tr></thead>
        <tbody>{b.unresolved.map((s) => <tr key={s.key}><td>{s.label}</td><td className="num">{s.value}</td></tr>)}</tbody>
      </table>
    </div>
  );
}
