import { useTranslation } from 'react-i18next';
import type { matrixOf } from '../model';
import { heatColour } from './colours';

const LABEL = 92;
const HEAD = 34;

/**
 * Week × unit matrix as one SVG (so it exports to PNG like the charts): a row per unit below,
 * a column per week, each cell coloured by that week's requests. A click on a row drills down.
 */
export function WeekMatrix({ matrix, width, onDrill }: { matrix: ReturnType<typeof matrixOf>; width: number; onDrill: (unit: string) => void }) {
  const { t } = useTranslation();
  const { weeks, units } = matrix;
  const cellW = Math.max(6, Math.min(28, (width - LABEL - 8) / Math.max(1, weeks.length)));
  const cellH = units.length > 12 ? 16 : 22;
  const max = Math.max(1, ...units.flatMap((u) => u.counts));
  const height = HEAD + units.length * cellH + 4;
  const every = Math.ceil(40 / cellW);
  return (
    <svg width={LABEL + weeks.length * cellW + 8} height={height} role="img" aria-label={t('dashboard.chart.matrix')} style={{ display: 'block' }}>
      <rect width="100%" height="100%" fill="#fff" />
      {weeks.map((w, i) => (i % every === 0 ? (
        <text key={w} x={LABEL + i * cellW} y={HEAD - 8} fontSize={10} fill="#666">{w.slice(5)}</text>
      ) : null))}
      {units.map((u, r) => (
        <g key={u.unit} transform={`translate(0, ${HEAD + r * cellH})`} style={{ cursor: 'pointer' }} onClick={() => onDrill(u.unit)} data-unit={u.unit}>
          <text x={LABEL - 6} y={cellH / 2 + 4} fontSize={Math.min(12, cellH - 1)} textAnchor="end" fill="#222">{u.name}</text>
          {u.counts.map((n, c) => (
            <rect key={weeks[c]} x={LABEL + c * cellW} y={0} width={cellW - 1} height={cellH - 1} fill={n ? heatColour(n / max) : '#f5f5f5'}>
              <title>{`${u.name} ${t('dashboard.chart.week')} ${weeks[c]}: ${n}`}</title>
            </rect>
          ))}
        </g>
      ))}
    </svg>
  );
}
