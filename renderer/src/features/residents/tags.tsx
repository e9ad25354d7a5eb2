import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Resident } from '../../../../shared/domain/entities';
import type { VisitStatus } from '../../../../shared/residents/visit-schedule';

const RISK_COLOR = { low: 'default', medium: 'orange', high: 'red' } as const;

export function CategoryTags({ categories }: { categories: Resident['categories'] }) {
  const { t } = useTranslation();
  return <Space size={2} wrap>{categories.map((c) => <Tag key={c} color="blue">{t(`residents.category.${c}`)}</Tag>)}</Space>;
}

export function RiskTag({ level }: { level: Resident['riskLevel'] }) {
  const { t } = useTranslation();
  return <Tag color={RISK_COLOR[level]} data-testid="risk">{t(`residents.risk.${level}`)}</Tag>;
}

const STATE_COLOR = { overdue: 'red', dueThisWeek: 'orange', onTrack: 'green', notStarted: 'default', ended: 'default' } as const;

/** Where a pairing's visits stand: late by N days, due this week, on track. */
export function VisitStateTag({ status }: { status: VisitStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATE_COLOR[status.state]} data-testid="visit-state" data-state={status.state}>{t(`residents.pairing.state.${status.state}`, { days: status.days })}</Tag>;
}
