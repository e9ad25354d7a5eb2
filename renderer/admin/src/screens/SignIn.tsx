import { useEffect, useState } from 'react';
import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { errorText } from '../format';
import { LanguageSelect } from '../LanguageSelect';
import { passwordRules } from './password-rules';

interface Credentials {
  name: string;
  password: string;
}

const signIn = (c: Credentials) => api('POST', '/api/admin/session', { name: c.name, password: c.password });

/**
 * Sign-in, and on a centre without accounts the first set-up: the admin token makes the first
 * city administrator, who is then signed in. The token is sent once and kept nowhere.
 */
export function SignIn({ onSignedIn }: { onSignedIn: () => Promise<void> }) {
  const { t } = useTranslation();
  const [firstRun, setFirstRun] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    api<{ needsFirstAccount: boolean }>('GET', '/api/admin/setup').then((s) => setFirstRun(s.needsFirstAccount), () => undefined);
  }, []);

  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      await onSignedIn();
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div style={{ minHeight: '100%', display: 'flex', alignItems: 'center', justifyContent: 'center', padding: 24 }}>
      <Card style={{ width: 440 }} title={<Typography.Title level={4} style={{ margin: 0 }}>{t('app.title')}</Typography.Title>} extra={<LanguageSelect />}>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
        {firstRun ? (
          <>
            <Typography.Paragraph type="secondary">{t('signIn.firstHint')}</Typography.Paragraph>
            <Form<Credentials & { token: string; again: string }>
              layout="vertical"
              requiredMark={false}
              onFinish={(v) => void run(async () => {
                await api('POST', '/api/admin/accounts', { name: v.name, password: v.password, role: 'city' }, { authorization: `Bearer ${v.token.trim()}` });
                await signIn(v);
              })}
            >
              <Form.Item name="token" label={t('signIn.token')} rules={[{ required: true, message: t('signIn.tokenRequired') }]}>
                <Input.Password autoComplete="off" />
              </Form.Item>
              <Form.Item name="name" label={t('account.name')} rules={[{ required: true, whitespace: true, message: t('signIn.nameRequired') }]}>
                <Input autoComplete="username" maxLength={40} />
              </Form.Item>
              <Form.Item name="password" label={t('account.password')} extra={t('account.passwordHint')} rules={passwordRules(t)}>
                <Input.Password autoComplete="new-password" />
              </Form.Item>
              <Form.Item name="again" label={t('account.passwordAgain')} dependencies={['password']} rules={[{ required: true, message: t('signIn.passwordRequired') }, ({ getFieldValue }) => ({ validator: (_r, v) => (v === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error(t('account.passwordMismatch')))) })]}>
                <Input.Password autoComplete="new-password" />
              </Form.Item>
              <Space>
                <Button type="primary" htmlType="submit" loading={busy}>{t('signIn.createFirst')}</Button>
                <Button type="link" onClick={() => setFirstRun(false)}>{t('signIn.backToSignIn')}</Button>
              </Space>
            </Form>
          </>
        ) : (
          <Form<Credentials> layout="vertical" requiredMark={false} onFinish={(v) => void run(() => signIn(v))}>
            <Form.Item name="name" label={t('signIn.name')} rules={[{ required: true, whitespace: true, message: t('signIn.nameRequired') }]}>
              <Input autoComplete="username" autoFocus maxLength={40} />
            </Form.Item>
            <Form.Item name="password" label={t('signIn.password')} rules={[{ required: true, message: t('signIn.passwordRequired') }]}>
              <Input.Password autoComplete="current-password" />
            </Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" loading={busy}>{t('signIn.submit')}</Button>
              <Button type="link" onClick={() => setFirstRun(true)}>{t('signIn.firstSetUp')}</Button>
            </Space>
          </Form>
        )}
      </Card>
    </div>
  );
}
