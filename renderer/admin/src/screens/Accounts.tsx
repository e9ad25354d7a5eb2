import { useCallback, useState } from 'react';
import { Alert, App, Button, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { childrenOf } from '../../../../shared/org/org-tree';
import { CITY_PATH } from '../../../../shared/org/org-path';
import { api, type AccountView, type WhoAmI } from '../api';
import { errorText, formatTime, orgLabel } from '../format';
import { useLoad } from '../useLoad';
import { passwordRules } from './password-rules';

interface AccountForm {
  name: string;
  password: string;
  again: string;
  role: 'city' | 'county';
  county?: string;
}

type Dialog = { kind: 'add' } | { kind: 'password'; account: AccountView } | { kind: 'role'; account: AccountView } | null;

const COUNTIES = () => childrenOf(CITY_PATH).map((u) => ({ value: u.path, label: `${u.name} (${u.path})` }));

/** City administrators manage the accounts: add, disable or enable, reset a password, change a role. */
export function Accounts({ me }: { me: WhoAmI }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<AccountForm>();
  const role = Form.useWatch('role', form);
  const { data, error, loading, reload } = useLoad(useCallback(() => api<{ accounts: AccountView[] }>('GET', '/api/admin/accounts').then((r) => r.accounts), []));

  const open = (d: NonNullable<Dialog>) => {
    form.resetFields();
    if (d.kind === 'role') form.setFieldsValue({ role: d.account.role, county: d.account.countyPath ?? undefined });
    setDialogError(null);
    setDialog(d);
  };
  const act = async (work: () => Promise<unknown>, done?: string) => {
    try {
      await work();
      if (done) void message.success(done);
      await reload();
      return true;
    } catch (e) {
      void message.error(errorText(t, e));
      return false;
    }
  };
  const submit = async (v: AccountForm) => {
    if (!dialog) return;
    setBusy(true);
    setDialogError(null);
    const county = v.role === 'county' ? v.county : undefined;
    try {
      if (dialog.kind === 'add') {
        await api('POST', '/api/admin/accounts', { name: v.name.trim(), password: v.password, role: v.role, ...(county ? { county } : {}) });
        void message.success(t('account.added', { name: v.name.trim() }));
      } else if (dialog.kind === 'password') {
        await api('POST', `/api/admin/accounts/${encodeURIComponent(dialog.account.id)}/password`, { password: v.password });
        void message.success(t('account.resetDone', { name: dialog.account.name }));
      } else {
        await api('POST', `/api/admin/accounts/${encodeURIComponent(dialog.account.id)}/role`, { role: v.role, ...(county ? { county } : {}) });
      }
      setDialog(null);
      await reload();
    } catch (e) {
      setDialogError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };

  const passwordFields = (
    <>
      <Form.Item name="password" label={t('account.password')} extra={t('account.passwordHint')} rules={passwordRules(t)}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item name="again" label={t('account.passwordAgain')} dependencies={['password']} rules={[{ required: true, message: t('account.passwordMismatch') }, ({ getFieldValue }) => ({ validator: (_r, v) => (v === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error(t('account.passwordMismatch')))) })]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
  const roleFields = (
    <>
      <Form.Item name="role" label={t('account.role')} rules={[{ required: true, message: t('account.role') }]}>
        <Select options={[{ value: 'city', label: t('role.city') }, { value: 'county', label: t('role.county') }]} />
      </Form.Item>
      {role === 'county' && (
        <Form.Item name="county" label={t('account.county')} rules={[{ required: true, message: t('account.countyRequired') }]}>
          <Select options={COUNTIES()} />
        </Form.Item>
      )}
    </>
  );
  const title = !dialog ? '' : dialog.kind === 'add' ? t('account.add') : dialog.kind === 'password' ? t('account.resetTitle', { name: dialog.account.name }) : t('account.roleTitle', { name: dialog.account.name });
  const now = new Date().toISOString();

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      {error !== null && <Alert type="error" showIcon title={errorText(t, error)} />}
      <Table<AccountView>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data ?? []}
        pagination={false}
        data-testid="accounts"
        title={() => <Button type="primary" icon={<PlusOutlined />} onClick={() => open({ kind: 'add' })}>{t('account.add')}</Button>}
        columns={[
          { title: t('account.name'), dataIndex: 'name', width: 220, render: (name: string, a) => <Typography.Text strong={a.id === me.account?.id}>{name}{a.id === me.account?.id ? t('account.you') : ''}</Typography.Text> },
          { title: t('account.role'), dataIndex: 'role', width: 130, render: (r: string) => t(`role.${r}`) },
          { title: t('account.county'), dataIndex: 'countyPath', render: (c: string | null) => (c ? orgLabel(c) : '') },
          {
            title: t('account.state'), width: 200,
            render: (_v, a) => a.disabledAt ? <Tag>{t('account.disabled')}</Tag> : a.lockedUntil && a.lockedUntil > now ? <Tag color="orange">{t('account.lockedUntil', { until: formatTime(a.lockedUntil) })}</Tag> : <Tag color="green">{t('account.active')}</Tag>,
          },
          { title: t('account.lastSignIn'), dataIndex: 'lastSignInAt', width: 150, render: (v: string | null) => (v ? formatTime(v) : t('common.never')) },
          { title: t('account.createdAt'), dataIndex: 'createdAt', width: 150, render: formatTime },
          {
            title: t('common.actions'), width: 280,
            render: (_v, a) => {
              const self = a.id === me.account?.id;
              return (
                <Space size={4}>
                  {a.disabledAt ? (
                    <Button size="small" onClick={() => void act(() => api('POST', `/api/admin/accounts/${encodeURIComponent(a.id)}/enable`))}>{t('account.enable')}</Button>
                  ) : (
                    <Popconfirm title={t('account.disableConfirm', { name: a.name })} onConfirm={() => act(() => api('POST', `/api/admin/accounts/${encodeURIComponent(a.id)}/disable`))} okText={t('account.disable')} cancelText={t('common.cancel')} disabled={self}>
                      <Button size="small" danger disabled={self}>{t('account.disable')}</Button>
                    </Popconfirm>
                  )}
                  <Button size="small" onClick={() => open({ kind: 'password', account: a })}>{t('account.resetPassword')}</Button>
                  <Button size="small" disabled={self} onClick={() => open({ kind: 'role', account: a })}>{t('account.changeRole')}</Button>
                </Space>
              );
            },
          },
        ]}
      />
      <Modal open={dialog !== null} title={title} onCancel={() => setDialog(null)} onOk={() => form.submit()} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={busy} destroyOnHidden>
        <Form<AccountForm> form={form} layout="vertical" requiredMark={false} initialValues={{ role: 'county' }} onFinish={(v) => void submit(v)} preserve={false}>
          {dialogError && <Alert type="error" showIcon title={dialogError} style={{ marginBottom: 12 }} role="alert" />}
          {dialog?.kind === 'add' && (
            <Form.Item name="name" label={t('account.name')} rules={[{ required: true, whitespace: true, message: t('signIn.nameRequired') }]}>
              <Input maxLength={40} autoComplete="off" />
            </Form.Item>
          )}
          {dialog?.kind !== 'role' && passwordFields}
          {dialog?.kind !== 'password' && roleFields}
        </Form>
      </Modal>
    </Space>
  );
}
