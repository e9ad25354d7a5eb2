import { DatePicker, Segmented, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { PeriodKind } from '../format';

/** A period for the tallies: a month, a quarter, a year, or all time. */
export function PeriodPicker({ kind, date, onChange }: { kind: PeriodKind; date: Dayjs; onChange: (kind: PeriodKind, date: Dayjs) => void }) {
  const { t } = useTranslation();
  return (
    <Space>
      <Segmented<PeriodKind> value={kind} onChange={(k) => onChange(k, date)}
        options={(['month', 'quarter', 'year', 'all'] as const).map((k) => ({ value: k, label: t(`points.period.${k}`) }))} />
      {kind !== 'all' && <DatePicker picker={kind} value={date} allowClear={false} onChange={(d) => d && onChange(kind, d)} aria-label={t('points.period.pick')} />}
    </Space>
  );
}
