import { useCallback, useState } from 'react';
import { Alert, App, Button, Card, Form, Input, InputNumber, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isValidOrgPath, isWithin } from '../../../../shared/org/org-path';
import { orgUnit } from '../../../../shared/org/org-tree';
import { api, type CodeView, type NewCodeView, type WhoAmI } from '../api';
import { errorText, formatTime, orgLabel } from '../format';
import { useLoad } from '../useLoad';

interface NewCodeForm {
  orgPath: string;
  label?: string;
  hours: number;
}

type CodeState = 'open' | 'used' | 'withdrawn' | 'expired';

function stateOf(c: CodeView, now: string): CodeState {
  if (c.usedAt) return 'used';
  if (c.revokedAt) return 'withdrawn';
  return c.expiresAt < now ? 'expired' : 'open';
}

/** Enrolment codes: made here for a unit in the administrator's scope, shown once, withdrawn while unused. */
export function Codes({ me }: { me: WhoAmI }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<NewCodeForm>();
  const [created, setCreated] = useState<NewCodeView | null>(null);
  const [busy, setBusy] = useState(false);
  const { data, error, loading, reload } = useLoad(useCallback(() => api<{ codes: CodeView[] }>('GET', '/api/admin/codes').then((r) => r.codes), []));
  const orgPath = Form.useWatch('orgPath', form);

  const create = async (v: NewCodeForm) => {
    setBusy(true);
    try {
      const code = await api<NewCodeView>('POST', '/api/admin/codes', { orgPath: v.orgPath.trim(), expiresHours: v.hours, ...(v.label?.trim() ? { label: v.label.trim() } : {}) });
      setCreated(code);
      form.resetFields(['label']);
      await reload();
    } catch (e) {
      void message.error(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };
  const withdraw = async (c: CodeView) => {
    try {
      await api('POST', `/api/admin/codes/${encodeURIComponent(c.id)}/revoke`);
      void message.success(t('codes.withdrawnDone'));
      await reload();
    } catch (e) {
      void message.error(errorText(t, e));
    }
  };
  const now = new Date().toISOString();
  const path = (orgPath ?? '').trim();

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Card size="small" title={t('codes.newTitle')}>
        <Form<NewCodeForm> form={form} layout="inline" initialValues={{ hours: 72, orgPath: me.city ? '' : me.scope }} onFinish={(v) => void create(v)} style={{ rowGap: 8 }}>
          <Form.Item
            name="orgPath"
            label={t('codes.orgPath')}
            extra={path && isValidOrgPath(path) && orgUnit(path) ? orgLabel(path) : t('codes.orgPathHint')}
            rules={[
              { required: true, message: t('codes.orgPathInvalid') },
              { validator: (_r, v: string | undefined) => (!v || isValidOrgPath(v.trim()) ? Promise.resolve() : Promise.reject(new Error(t('codes.orgPathInvalid')))) },
              { validator: (_r, v: string | undefined) => (!v || !isValidOrgPath(v.trim()) || (orgUnit(v.trim()) && isWithin(v.trim(), me.scope)) ? Promise.resolve() : Promise.reject(new Error(t('codes.orgUnknown')))) },
            ]}
          >
            <Input placeholder="JX/NH/T10" style={{ width: 200 }} data-testid="code-org-path" />
          </Form.Item>
          <Form.Item name="label" label={t('codes.label')}>
            <Input maxLength={100} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="hours" label={t('codes.hours')}>
            <InputNumber min={1} max={2160} precision={0} style={{ width: 100 }} />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={busy}>{t('codes.create')}</Button>
          </Form.Item>
        </Form>
        {created && (
          <Alert
            style={{ marginTop: 12 }}
            type="warning"
            showIcon
            closable={{ onClose: () => setCreated(null) }}
            data-testid="new-code"
            title={t('codes.created', { org: orgLabel(created.orgPath) })}
            description={
              <Space orientation="vertical" size={4}>
                <Typography.Text className="enrolment-code" copyable={{ text: created.code, tooltips: [t('codes.copy'), t('codes.copied')] }} data-testid="new-code-value">{created.code}</Typography.Text>
                <Typography.Text>{t('codes.shownOnce', { expires: formatTime(created.expiresAt) })}</Typography.Text>
              </Space>
            }
          />
        )}
      </Card>
      {error !== null && <Alert type="error" showIcon title={errorText(t, error)} />}
      <Table<CodeView>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: t('codes.empty') }}
        data-testid="codes"
        columns={[
          { title: t('codes.id'), dataIndex: 'id', width: 180, render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
          { title: t('codes.orgPath'), dataIndex: 'orgPath', render: (v: string) => orgLabel(v) },
          { title: t('codes.label'), dataIndex: 'label' },
          { title: t('codes.expires'), dataIndex: 'expiresAt', width: 150, render: formatTime },
          {
            title: t('codes.state'), width: 220,
            render: (_v, c) => {
              const state = stateOf(c, now);
              return <Tag color={state === 'open' ? 'green' : undefined}>{state === 'used' ? t('codes.used', { device: c.deviceId }) : t(`codes.${state}`)}</Tag>;
            },
          },
          {
            title: t('common.actions'), width: 90,
            render: (_v, c) => stateOf(c, now) === 'open' && (
              <Popconfirm title={t('codes.withdrawConfirm', { id: c.id })} onConfirm={() => withdraw(c)} okText={t('codes.withdraw')} cancelText={t('common.cancel')}>
                <Button size="small">{t('codes.withdraw')}</Button>
              </Popconfirm>
            ),
          },
        ]}
      />
    </Space>
  );
}
