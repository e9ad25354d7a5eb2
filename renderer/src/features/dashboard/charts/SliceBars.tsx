import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Slice } from '../model';
import { PALETTE } from './colours';

/** Horizontal bars of labelled counts (category, source, type, status, items); a click opens the list. */
export function SliceBars({ data, onPick, labelWidth = 84 }: { data: Slice[]; onPick?: (key: string) => void; labelWidth?: number }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 40, bottom: 4, left: 4 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" fontSize={11} />
        <YAxis type="category" dataKey="label" width={labelWidth} fontSize={12} interval={0} />
        <Tooltip />
        <Bar dataKey="value" isAnimationActive={false} cursor={onPick ? 'pointer' : undefined}
          onClick={(d) => onPick?.((d as unknown as { payload: Slice }).payload.key)}>
          {data.map((s, i) => <Cell key={s.key} fill={PALETTE[i % PALETTE.length]} />)}
          <LabelList dataKey="value" position="right" fontSize={11} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
