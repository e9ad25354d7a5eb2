import { useState } from 'react';
import { Alert, Button, Segmented, Space, Tooltip, Typography } from 'antd';
import { CloudDownloadOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { addDays, type Period } from '../../../../shared/dashboard';
import { db } from '../../db';
import { SyncError } from '../../sync/errors';
import type { CentreFigures } from './aggregates/tables';
import { fetchCentreFigures } from './centre-figures';

export type Source = 'local' | 'centre';

export function ageText(t: TFunction, since: string, now: number): string {
  const minutes = Math.max(0, Math.round((now - Date.parse(since)) / 60_000));
  if (minutes < 1) return t('dashboard.source.justNow');
  if (minutes < 60) return t('dashboard.source.minutes', { n: minutes });
  if (minutes < 48 * 60) return t('dashboard.source.hours', { n: Math.round(minutes / 60) });
  return t('dashboard.source.days', { n: Math.round(minutes / 1440) });
}

/** This station's own data, or the centre's city-wide figures (fetched on demand, kept for offline, shown with their age). */
export function SourceBar({ source, onSource, unit, period, cached, now }: {
  source: Source; onSource: (s: Source) => void; unit: string; period: Period; cached: CentreFigures | undefined; now: number;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fetchNow = async () => {
    setBusy(true);
    setError(null);
    try {
      await fetchCentreFigures(db, unit, period);
      onSource('centre');
    } catch (e) {
      setError(e instanceof SyncError && e.kind === 'notEnrolled' ? t('dashboard.source.notEnrolled') : t('dashboard.source.failed', { message: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  };
  const partial = source === 'centre' && cached && (period.from < cached.period.from || period.to > cached.period.to);
  return (
    <div style={{ marginBottom: 12 }}>
      <Space wrap>
        <Segmented size="small" value={source} onChange={(v) => onSource(v as Source)} data-testid="dashboard-source"
          options={[{ value: 'local', label: t('dashboard.source.local') }, { value: 'centre', label: t('dashboard.source.centre'), disabled: !cached }]} />
        <Button size="small" icon={<CloudDownloadOutlined />} loading={busy} onClick={fetchNow} data-testid="dashboard-fetch-centre">
          {busy ? t('dashboard.source.fetching') : t('dashboard.source.fetch')}
        </Button>
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="dashboard-centre-age">
          {cached ? t('dashboard.source.age', { age: ageText(t, cached.computedAt, now), from: cached.period.from, to: addDays(cached.period.to, -1) }) : t('dashboard.source.none')}
        </Typography.Text>
        <Tooltip title={t('dashboard.source.help')}><QuestionCircleOutlined style={{ color: '#999' }} /></Tooltip>
      </Space>
      {error && <Alert style={{ marginTop: 8 }} type="error" showIcon message={error} closable onClose={() => setError(null)} />}
      {partial && <Alert style={{ marginTop: 8 }} type="warning" showIcon message={t('dashboard.source.partial')} />}
    </div>
  );
}
