import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VolunteerPoints } from '../ledger';
import { showCenti } from '../format';

/** 年度结余: carried in, earned, redeemed and closing balance per year (yearly reset and carry-over as the rules say). */
export function YearTable({ points }: { points: VolunteerPoints }) {
  const { t } = useTranslation();
  const rule = points.current;
  return (
    <>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {rule.yearlyReset ? t('points.years.reset', { rate: Math.round(rule.carryOverRate * 100) }) : t('points.years.noReset')}
      </Typography.Paragraph>
      <Table size="small" rowKey="year" pagination={false} dataSource={[...points.balance.years].reverse()}
        columns={[
          { title: t('points.years.year'), dataIndex: 'year', width: 80 },
          { title: t('points.years.carriedIn'), key: 'c', align: 'right', render: (_, y) => showCenti(y.carriedIn) },
          { title: t('points.years.earned'), key: 'e', align: 'right', render: (_, y) => showCenti(y.earned) },
          { title: t('points.years.redeemed'), key: 'r', align: 'right', render: (_, y) => showCenti(y.redeemed) },
          { title: t('points.years.closing'), key: 'b', align: 'right', render: (_, y) => <strong>{showCenti(y.closing)}</strong> },
        ]} />
    </>
  );
}
