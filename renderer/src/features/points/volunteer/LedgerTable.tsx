import { Table, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VolunteerPoints } from '../ledger';
import { showCenti } from '../format';

/** 积分明细: every line with the record that earned it and the rule that scored it. */
export function LedgerTable({ points }: { points: VolunteerPoints }) {
  const { t } = useTranslation();
  const records = new Map(points.records.map((r) => [r.id, r]));
  const lines = [...points.lines].reverse();
  return (
    <Table size="small" rowKey="recordId" dataSource={lines} pagination={{ pageSize: 10, showSizeChanger: false }} data-testid="points-ledger"
      columns={[
        { title: t('points.record.date'), dataIndex: 'date', width: 100 },
        {
          title: t('points.record.content'), key: 'content', ellipsis: true,
          render: (_, l) => {
            const r = records.get(l.recordId);
            return r ? <Tooltip title={`${r.place} · ${r.beneficiary}`}><Tag>{t(`points.source.${r.source}`)}</Tag>{r.content}</Tooltip> : l.recordId;
          },
        },
        { title: t('points.record.hours'), key: 'hours', width: 70, align: 'right', render: (_, l) => showCenti(l.centiHours) },
        { title: t('points.ledger.rule'), key: 'rule', width: 130, ellipsis: true, render: (_, l) => points.rules.get(l.ruleId)?.name ?? l.ruleId },
        { title: t('points.ledger.multiplier'), key: 'mult', width: 110, render: (_, l) => (l.multiplierKind === 'none' ? '—' : `${t(`points.multiplier.${l.multiplierKind}`)} ×${l.multiplier}`) },
        { title: t('points.ledger.base'), key: 'base', width: 70, align: 'right', render: (_, l) => showCenti(l.base) },
        { title: t('points.ledger.bonus'), key: 'bonus', width: 90, align: 'right', render: (_, l) => (l.bonus ? `+${showCenti(l.bonus)}` : l.deduction ? `−${showCenti(l.deduction)}` : '—') },
        { title: t('points.ledger.points'), key: 'points', width: 70, align: 'right', render: (_, l) => <strong>{showCenti(l.points)}</strong> },
      ]} />
  );
}
