import { Alert, Button, Card, Descriptions, Progress, Space } from 'antd';
import { SyncOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { useSyncStatus } from '../../sync/status-store';
import { syncRunner } from '../../sync/useSyncRunner';
import { useClockRefused } from '../../sync/hooks';
import { db } from '../../db';
import { useOnline } from '../../platform/useOnline';
import { usePendingCount } from './usePendingCount';
import { errorText } from './errorText';

/** Where sync stands: network, pending, last success, the error in plain words, first-sync progress. */
export function StatusCard({ enrolled, lastSync }: { enrolled: boolean; lastSync: string | undefined }) {
  const { t } = useTranslation();
  const online = useOnline();
  const pending = usePendingCount();
  const status = useSyncStatus();
  const clockRefused = useClockRefused(db);
  const last = status.lastSuccessAt ?? lastSync;
  return (
    <Card
      size="small"
      title={t('syncClient.status.title')}
      extra={
        <Button type="primary" icon={<SyncOutlined spin={status.syncing} />} disabled={!enrolled || status.syncing} onClick={() => void syncRunner()?.syncNow()} data-testid="sync-now">
          {t('syncClient.status.syncNow')}
        </Button>
      }
    >
      <Descriptions size="small" column={2} bordered style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('sync.network')}>{online ? t('status.online') : t('status.offline')}</Descriptions.Item>
        <Descriptions.Item label={t('status.pending')}><span data-testid="sync-pending">{pending}</span></Descriptions.Item>
        <Descriptions.Item label={t('syncClient.status.state')}>
          {!enrolled ? t('syncClient.status.notEnrolled') : status.syncing ? t('syncClient.status.syncing') : t('syncClient.status.idle')}
        </Descriptions.Item>
        <Descriptions.Item label={t('syncClient.status.lastSuccess')}>
          <span data-testid="sync-last">{last ? dayjs(last).format('YYYY-MM-DD HH:mm:ss') : t('syncClient.status.never')}</span>
        </Descriptions.Item>
      </Descriptions>
      <Space direction="vertical" style={{ width: '100%' }}>
        {status.progress && status.progress.phase === 'snapshot' && (
          <div data-testid="sync-progress">
            {t('syncClient.status.firstSync', { done: status.progress.done, total: status.progress.total })}
            <Progress percent={status.progress.total ? Math.min(100, Math.round((status.progress.done / status.progress.total) * 100)) : 0} size="small" />
          </div>
        )}
        {status.lastError && (
          <Alert
            type={status.lastError.kind === 'offline' ? 'warning' : 'error'}
            showIcon
            data-testid="sync-error"
            message={errorText(t, status.lastError)}
            description={status.nextRetryAt ? t('syncClient.status.nextRetry', { time: dayjs(status.nextRetryAt).format('HH:mm:ss') }) : undefined}
          />
        )}
        {clockRefused && status.lastError?.kind !== 'clockAhead' && (
          <Alert type="error" showIcon data-testid="sync-clock-warning" message={t('syncClient.error.clockAhead')} />
        )}
        {status.updateAvailable && <Alert type="info" showIcon message={t('syncClient.status.updateAvailable')} />}
      </Space>
    </Card>
  );
}
