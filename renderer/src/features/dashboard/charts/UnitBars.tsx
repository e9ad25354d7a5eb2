import { Bar, BarChart, CartesianGrid, Legend, Rectangle, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { UnitRow } from '../model';

/** Received and completed per unit below; a click on a unit drills down to it. */
export function UnitBars({ rows, onDrill }: { rows: UnitRow[]; onDrill: (unit: string) => void }) {
  const { t } = useTranslation();
  // Each bar is drawn by us, with its own click: the unit it stands for is in its payload.
  const shape = (props: BarShapeProps) => {
    const row = props.payload as UnitRow;
    return <Rectangle {...props} data-unit={row.unit} style={{ cursor: row.drill ? 'pointer' : undefined }} onClick={() => row.drill && onDrill(row.unit)} />;
  };
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="name" fontSize={11} interval={0} angle={rows.length > 8 ? -35 : 0} textAnchor={rows.length > 8 ? 'end' : 'middle'} height={rows.length > 8 ? 56 : 24} />
        <YAxis fontSize={11} width={48} allowDecimals={false} />
        <Tooltip />
        <Legend verticalAlign="top" height={24} />
        <Bar dataKey="requests" name={t('dashboard.chart.received')} fill="#1677ff" shape={shape} isAnimationActive={false} />
        <Bar dataKey="done" name={t('dashboard.chart.done')} fill="#52c41a" shape={shape} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
