import { useCallback, useState } from 'react';
import { Alert, Button, Space, Table, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { api, type AuditView } from '../api';
import { errorText, formatTime, orgLabel } from '../format';
import { useLoad } from '../useLoad';

const PAGE = 100;

/** Details worth reading at a glance, named in the user's language; ids and counts as they are. */
function detailText(t: TFunction, details: Record<string, unknown>): string {
  const value = (k: string, v: unknown): string => {
    if (k === 'orgPath' || k === 'county') return orgLabel(String(v));
    if (k === 'expiresAt' || k === 'until') return formatTime(String(v));
    if (k === 'role') return t(`role.${String(v)}`);
    if (typeof v === 'boolean') return v ? t('audit.yes') : t('audit.no');
    return String(v);
  };
  return Object.entries(details)
    .filter(([k, v]) => v !== null && v !== undefined && k !== 'accountId')
    .map(([k, v]) => `${t(`audit.detailKeys.${k}`, { defaultValue: k })}: ${value(k, v)}`)
    .join(' · ');
}

/** What administrators did, newest first, for city administrators. */
export function Audit() {
  const { t } = useTranslation();
  const [older, setOlder] = useState<AuditView[]>([]);
  const [more, setMore] = useState(true);
  const { data, error, loading, reload } = useLoad(useCallback(async () => {
    const { entries } = await api<{ entries: AuditView[] }>('GET', `/api/admin/audit?limit=${PAGE}`);
    setOlder([]);
    setMore(entries.length === PAGE);
    return entries;
  }, []));
  const entries = [...(data ?? []), ...older];
  const loadMore = async () => {
    const last = entries.at(-1);
    if (!last) return;
    const { entries: page } = await api<{ entries: AuditView[] }>('GET', `/api/admin/audit?limit=${PAGE}&before=${last.id}`);
    setOlder((o) => [...o, ...page]);
    setMore(page.length === PAGE);
  };
  const actor = (e: AuditView) => (e.actorId === 'token' || e.actorId === 'cli' ? t(`audit.actors.${e.actorId}`) : e.actorName);
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      {error !== null && <Alert type="error" showIcon title={errorText(t, error)} />}
      <Table<AuditView>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={entries}
        pagination={false}
        locale={{ emptyText: t('audit.empty') }}
        data-testid="audit"
        title={() => <Button size="small" icon={<ReloadOutlined />} onClick={() => void reload()}>{t('common.refresh')}</Button>}
        footer={more ? () => <Button size="small" onClick={() => void loadMore()}>{t('common.loadMore')}</Button> : undefined}
        columns={[
          { title: t('audit.at'), dataIndex: 'at', width: 150, render: formatTime },
          { title: t('audit.actor'), width: 150, render: (_v, e) => actor(e) },
          { title: t('audit.action'), dataIndex: 'action', width: 150, render: (a: string) => t(`audit.actions.${a.replace('.', '_')}`, { defaultValue: a }) },
          { title: t('audit.target'), dataIndex: 'target', width: 200, render: (v: string | null) => v && <Typography.Text code>{v}</Typography.Text> },
          { title: t('audit.details'), dataIndex: 'details', render: (d: Record<string, unknown>) => detailText(t, d) },
          { title: t('audit.address'), dataIndex: 'address', width: 130 },
        ]}
      />
    </Space>
  );
}
