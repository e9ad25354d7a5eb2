import { Tag, Tooltip } from 'antd';
import { ClockCircleOutlined, SyncOutlined, WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import dayjs from 'dayjs';
import { db } from '../../db';
import { useSyncStatus } from '../../sync/status-store';
import { useClockRefused, useEnrolment, useLastSync } from '../../sync/hooks';
import { errorText } from './errorText';

/**
 * The header's sync part: syncing, last successful sync, and an error badge that leads to the
 * sync page. (The sync runner itself runs from the app's root, so it keeps syncing while the
 * screen is locked.)
 */
export function SyncStatusTags() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const enrolment = useEnrolment(db);
  const lastSync = useLastSync(db);
  const clockRefused = useClockRefused(db);
  const { syncing, lastError, lastSuccessAt, updateAvailable } = useSyncStatus();
  if (!enrolment) {
    return <Tag data-testid="sync-state" style={{ cursor: 'pointer' }} onClick={() => navigate('/sync')}>{t('syncClient.status.notEnrolled')}</Tag>;
  }
  const last = lastSuccessAt ?? lastSync;
  return (
    <>
      {syncing ? (
        <Tag icon={<SyncOutlined spin />} color="processing" data-testid="sync-state">{t('syncClient.header.syncing')}</Tag>
      ) : (
        <Tag icon={<ClockCircleOutlined />} data-testid="sync-state">
          {last ? t('syncClient.status.lastSyncShort', { time: dayjs(last).format(dayjs(last).isSame(dayjs(), 'day') ? 'HH:mm' : 'MM-DD HH:mm') }) : t('syncClient.status.never')}
        </Tag>
      )}
      {clockRefused && lastError?.kind !== 'clockAhead' && (
        <Tooltip title={t('syncClient.error.clockAhead')}>
          <Tag icon={<WarningOutlined />} color="error" data-testid="sync-clock-badge" style={{ cursor: 'pointer' }} onClick={() => navigate('/sync')}>
            {t('syncClient.header.clock')}
          </Tag>
        </Tooltip>
      )}
      {lastError && lastError.kind !== 'offline' && (
        <Tooltip title={errorText(t, lastError)}>
          <Tag icon={<WarningOutlined />} color="error" data-testid="sync-error-badge" style={{ cursor: 'pointer' }} onClick={() => navigate('/sync')}>
            {lastError.kind === 'clockAhead' ? t('syncClient.header.clock') : t('syncClient.header.error')}
          </Tag>
        </Tooltip>
      )}
      {updateAvailable && <Tag color="blue">{t('syncClient.header.update')}</Tag>}
    </>
  );
}
