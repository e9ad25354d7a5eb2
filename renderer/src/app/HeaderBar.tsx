import { Badge, Button, Layout, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { SyncStatusTags } from '../features/sync/SyncStatusTags';
import { useTranslation } from 'react-i18next';
import { orgName } from '../../../shared/org/org-tree';
import { ancestorsOf } from '../../../shared/org/org-path';
import type { Station } from '../station/station';
import { useSession } from '../session/store';
import { setLanguage, type Language } from '../i18n';
import { useOnline } from '../platform/useOnline';
import { usePendingCount } from '../features/sync/usePendingCount';

export function HeaderBar({ station }: { station: Station }) {
  const { t, i18n } = useTranslation();
  const operator = useSession((s) => s.operator);
  const lock = useSession((s) => s.lock);
  const online = useOnline();
  const pending = usePendingCount();
  return (
    <Layout.Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', padding: '0 16px', borderBottom: '1px solid #eee', height: 52, lineHeight: '52px' }}>
      <Space size={6}>
        <Typography.Text type="secondary">{ancestorsOf(station.orgPath).slice(1).map(orgName).join(' / ')}</Typography.Text>
        <Typography.Text strong data-testid="station-name">{orgName(station.orgPath)}</Typography.Text>
      </Space>
      <Space size="middle">
        <Tag color={online ? 'green' : 'default'} data-testid="online-status">{online ? t('status.online') : t('status.offline')}</Tag>
        <SyncStatusTags />
        <Tooltip title={t('status.pendingHint')}>
          <span data-testid="pending-label">
            {t('status.pending')} <Badge count={pending} showZero overflowCount={99999} color={pending ? '#faad14' : '#52c41a'} />
          </span>
        </Tooltip>
        <span data-testid="operator-name">{operator?.name} · {t(`role.${operator?.role ?? 'clerk'}`)}</span>
        <Select<Language>
          size="small"
          value={i18n.language as Language}
          onChange={(v) => void setLanguage(v)}
          options={[{ value: 'zh-CN', label: '中文' }, { value: 'en', label: 'English' }]}
          aria-label={t('settings.language')}
          style={{ width: 96 }}
        />
        <Button icon={<LockOutlined />} onClick={lock}>{t('lock.lockNow')}</Button>
      </Space>
    </Layout.Header>
  );
}
