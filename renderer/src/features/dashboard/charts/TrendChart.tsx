import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { DashboardView } from '../../../../../shared/dashboard';

/** Received and completed requests per month (or week, or day for short periods). */
export function TrendChart({ view }: { view: DashboardView }) {
  const { t } = useTranslation();
  const data = view.series.map((s) => ({ key: view.bucket === 'day' ? s.key.slice(5) : s.key, received: s.c.n ?? 0, done: s.c.done ?? 0 }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="key" fontSize={11} />
        <YAxis fontSize={11} width={48} allowDecimals={false} />
        <Tooltip />
        <Legend verticalAlign="top" height={24} />
        <Bar dataKey="received" name={t('dashboard.chart.received')} fill="#1677ff" isAnimationActive={false} />
        <Bar dataKey="done" name={t('dashboard.chart.done')} fill="#52c41a" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
