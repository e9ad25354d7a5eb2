import { useCallback } from 'react';
import { Alert, App, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api, type DeviceView, type WhoAmI } from '../api';
import { errorText, formatTime, orgLabel } from '../format';
import { useLoad } from '../useLoad';

export function Devices({ me }: { me: WhoAmI }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data, error, loading, reload } = useLoad(useCallback(() => api<{ devices: DeviceView[] }>('GET', '/api/admin/devices').then((r) => r.devices), []));
  const revoke = async (d: DeviceView) => {
    try {
      await api('POST', `/api/admin/devices/${encodeURIComponent(d.id)}/revoke`);
      void message.success(t('devices.revokedDone', { id: d.id }));
      await reload();
    } catch (e) {
      void message.error(errorText(t, e));
    }
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      {!me.city && <Typography.Text type="secondary">{t('devices.scope', { scope: orgLabel(me.scope) })}</Typography.Text>}
      {error !== null && <Alert type="error" showIcon title={errorText(t, error)} />}
      <Table<DeviceView>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: t('devices.empty') }}
        data-testid="devices"
        title={() => <Button size="small" icon={<ReloadOutlined />} onClick={() => void reload()}>{t('common.refresh')}</Button>}
        columns={[
          { title: t('devices.id'), dataIndex: 'id', width: 170, render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
          { title: t('devices.org'), dataIndex: 'orgPath', render: (v: string) => orgLabel(v) },
          { title: t('devices.seat'), dataIndex: 'seat', width: 70 },
          { title: t('devices.label'), dataIndex: 'label' },
          { title: t('devices.enrolled'), dataIndex: 'createdAt', width: 150, render: formatTime },
          { title: t('devices.lastSeen'), dataIndex: 'lastSeenAt', width: 150, render: (v: string | null) => (v ? formatTime(v) : t('common.never')) },
          { title: t('devices.seq'), dataIndex: 'lastSeqApplied', width: 110, align: 'right' },
          { title: t('devices.state'), width: 190, render: (_v, d) => (d.revokedAt ? <Tag>{t('devices.revoked')} {formatTime(d.revokedAt)}</Tag> : <Tag color="green">{t('devices.active')}</Tag>) },
          {
            title: t('common.actions'), width: 90,
            render: (_v, d) => !d.revokedAt && (
              <Popconfirm title={t('devices.revokeConfirm', { id: d.id })} onConfirm={() => revoke(d)} okText={t('devices.revoke')} cancelText={t('common.cancel')}>
                <Button size="small" danger>{t('devices.revoke')}</Button>
              </Popconfirm>
            ),
          },
        ]}
      />
    </Space>
  );
}
