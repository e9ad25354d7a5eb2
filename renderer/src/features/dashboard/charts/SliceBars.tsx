import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import type { Slice } from '../model';
import { PALETTE } from './colours';

/** Horizontal bars of labelled counts (category, source, type, status, items); a click opens the list. */
export function SliceBars({ data, onPick, labelWidth = 84 }: { data: Slice[]; onPick?: (key: string) => void; labelWidth?: number }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 40, bottom: 4, left: 4 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" fontSize={11} allowDecimals={false} />
        <YAxis type="category" dataKey="label" width={labelWidth} fontSize={12} interval={0} />
        <Tooltip />
        <Bar dataKey="value" isAnimationActive={false} shape={(props: BarShapeProps) => (
          <Rectangle {...props} fill={PALETTE[props.index % PALETTE.length]} style={{ cursor: onPick ? 'pointer' : undefined }}
            onClick={() => onPick?.((props.payload as Slice).key)} />
        )}>
          <LabelList dataKey="value" position="right" fontSize={11} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
