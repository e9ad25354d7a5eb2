import { ResponsiveContainer, Tooltip, Treemap } from 'recharts';
import type { UnitRow } from '../model';
import { heatColour, rateColour } from './colours';

export type HeatMetric = 'density' | 'satisfaction' | 'onTime';

interface Tile extends Record<string, unknown> {
  name: string;
  unit: string;
  size: number;
  value: number | null;
  fill: string;
  label: string;
  ink: string;
  drill: boolean;
}

/**
 * The heat map without map tiles (stations are offline): each unit below is a tile sized by its
 * requests and coloured by the chosen measure — request volume (heat scale) or satisfaction /
 * on-time rate (red low, green high). A click drills down.
 */
export function HeatMap({ rows, metric, onDrill }: { rows: UnitRow[]; metric: HeatMetric; onDrill: (unit: string) => void }) {
  const max = Math.max(1, ...rows.map((r) => r.requests));
  const tiles: Tile[] = rows.filter((r) => r.requests > 0).map((r) => {
    const value = metric === 'density' ? r.requests : metric === 'satisfaction' ? r.satisfactionRate : r.onTimeRate;
    const fill = value === null ? '#d9d9d9' : metric === 'density' ? heatColour(value / max) : rateColour(value / 100);
    const label = value === null ? '—' : metric === 'density' ? String(value) : `${value}%`;
    // White text on the darkest heat, dark elsewhere: readable either way.
    const ink = metric === 'density' && value !== null && value / max > 0.6 ? '#fff' : '#222';
    return { name: r.name, unit: r.unit, size: r.requests, value, fill, label, ink, drill: r.drill };
  });
  return (
    <ResponsiveContainer width="100%" height="100%">
      <Treemap data={tiles} dataKey="size" isAnimationActive={false} aspectRatio={4 / 3}
        content={(props: unknown) => {
          const p = props as Tile & { x: number; y: number; width: number; height: number; depth: number };
          if (p.depth !== 1) return <g />;
          const big = p.width > 56 && p.height > 30;
          return (
            <g style={{ cursor: p.drill ? 'pointer' : undefined }} data-unit={p.unit} onClick={() => p.drill && onDrill(p.unit)}>
              <rect x={p.x} y={p.y} width={p.width} height={p.height} fill={p.fill} stroke="#fff" strokeWidth={2} />
              {big && <text x={p.x + 6} y={p.y + 17} fontSize={12} fill={p.ink}>{p.name}</text>}
              {big && <text x={p.x + 6} y={p.y + 32} fontSize={11} fill={p.ink}>{p.label}</text>}
            </g>
          );
        }}>
        <Tooltip formatter={(_v, _n, item) => (item.payload as Tile).label} />
      </Treemap>
    </ResponsiveContainer>
  );
}
