import { Tag } from 'antd';
import { ClockCircleOutlined, PauseCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { HelpRequest } from '../../../../../shared/domain/entities';
import { OPEN_STATUSES } from '../../../../../shared/requests/lifecycle';
import { timeStatus } from '../../../../../shared/requests/time-limit';

/** "2 天 3 小时" — coarse enough to read at a glance. */
export function spanText(t: TFunction, ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  if (d > 0) return t('requests.time.days', { d, h });
  if (h > 0) return t('requests.time.hours', { h, m: minutes % 60 });
  return t('requests.time.minutes', { m: minutes });
}

const COLOURS = { ok: 'green', dueSoon: 'gold', overdue: 'red' } as const;

/** Time-limit state of a request: left, due soon, overdue, paused, or closed. */
export function TimeLimitTag({ request, dueAt, now }: { request: Pick<HelpRequest, 'status'>; dueAt: string | null; now: number }) {
  const { t } = useTranslation();
  // Once completed the time limit no longer runs; the status tag already says so.
  if (!OPEN_STATUSES.includes(request.status)) return null;
  if (!dueAt) return <Tag icon={<PauseCircleOutlined />} color="blue" data-testid="time-status">{t('requests.time.paused')}</Tag>;
  const status = timeStatus(dueAt, now);
  const due = Date.parse(dueAt);
  const text = status === 'overdue'
    ? t('requests.time.overdue', { late: spanText(t, now - due) })
    : t(`requests.time.${status}`, { left: spanText(t, due - now) });
  return <Tag icon={<ClockCircleOutlined />} color={COLOURS[status]} data-testid="time-status" data-status={status}>{text}</Tag>;
}
