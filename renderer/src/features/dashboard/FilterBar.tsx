import { Breadcrumb, DatePicker, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { addDays, dayOf, lastTwelveMonths, monthPeriod, type Period } from '../../../../shared/dashboard';
import { ancestorsOf, isWithin } from '../../../../shared/org/org-path';
import { childrenOf, orgName } from '../../../../shared/org/org-tree';

const PRESETS = ['last12', 'last30', 'thisMonth', 'lastMonth', 'thisYear'] as const;

function preset(key: (typeof PRESETS)[number], now: number): Period {
  const today = dayOf(now);
  switch (key) {
    case 'last12': return lastTwelveMonths(now);
    case 'last30': return { from: addDays(today, -29), to: addDays(today, 1) };
    case 'thisMonth': return { from: `${today.slice(0, 7)}-01`, to: addDays(today, 1) };
    case 'lastMonth': return monthPeriod(dayOf(Date.parse(`${today.slice(0, 7)}-01T00:00:00Z`) - 86_400_000).slice(0, 7));
    case 'thisYear': return { from: `${today.slice(0, 4)}-01-01`, to: addDays(today, 1) };
  }
}

/** Period (presets or any dates) and org unit (breadcrumb up to the station, a list of the units below). */
export function FilterBar({ station, unit, period, now, onChange }: {
  station: string; unit: string; period: Period; now: number; onChange: (c: { unit?: string; period?: Period }) => void;
}) {
  const { t } = useTranslation();
  const trail = [...ancestorsOf(unit), unit].filter((p) => isWithin(p, station));
  const children = childrenOf(unit);
  const range: [Dayjs, Dayjs] = [dayjs(period.from), dayjs(addDays(period.to, -1))];
  const current = PRESETS.find((k) => {
    const p = preset(k, now);
    return p.from === period.from && p.to === period.to;
  });
  return (
    <Space wrap size={[16, 8]} style={{ marginBottom: 12 }} data-testid="dashboard-filters">
      <Space size={6}>
        <Typography.Text type="secondary">{t('dashboard.filter.unit')}</Typography.Text>
        <Breadcrumb data-testid="dashboard-breadcrumb"
          items={trail.map((p) => ({ key: p, title: p === unit ? <b>{orgName(p)}</b> : <a onClick={() => onChange({ unit: p })}>{orgName(p)}</a> }))} />
        {children.length > 0 && (
          <Select key={unit} size="small" style={{ width: 150 }} showSearch optionFilterProp="label" placeholder={t('dashboard.filter.unit')} value={undefined as string | undefined}
            data-testid="dashboard-child-select" options={children.map((c) => ({ value: c.path, label: c.name }))} onChange={(v) => onChange({ unit: v })} />
        )}
      </Space>
      <Space size={6}>
        <Typography.Text type="secondary">{t('dashboard.filter.period')}</Typography.Text>
        <Select size="small" style={{ width: 120 }} value={current ?? null} placeholder="—" data-testid="dashboard-preset"
          options={PRESETS.map((k) => ({ value: k, label: t(`dashboard.filter.${k}`) }))} onChange={(k) => onChange({ period: preset(k, now) })} />
        <DatePicker.RangePicker size="small" allowClear={false} value={range}
          onChange={(v) => v?.[0] && v[1] && onChange({ period: { from: v[0].format('YYYY-MM-DD'), to: addDays(v[1].format('YYYY-MM-DD'), 1) } })} />
      </Space>
    </Space>
  );
}
