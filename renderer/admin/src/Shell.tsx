import { useEffect, useState } from 'react';
import { App, Button, Layout, Menu, Space, Tag, Typography } from 'antd';
import { AuditOutlined, CalendarOutlined, DesktopOutlined, KeyOutlined, LogoutOutlined, TeamOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api, type WhoAmI } from './api';
import { errorText, orgLabel } from './format';
import { LanguageSelect } from './LanguageSelect';
import { Devices } from './screens/Devices';
import { Codes } from './screens/Codes';
import { Catalogue } from './screens/Catalogue';
import { Calendar } from './screens/Calendar';
import { Accounts } from './screens/Accounts';
import { Audit } from './screens/Audit';

type Section = 'devices' | 'codes' | 'catalogue' | 'calendar' | 'accounts' | 'audit';
/** Catalogue, calendar, accounts and audit are the city's; a county administrator sees its devices and codes. */
const CITY_ONLY: readonly Section[] = ['catalogue', 'calendar', 'accounts', 'audit'];
const ICONS: Record<Section, React.ReactNode> = {
  devices: <DesktopOutlined />, codes: <KeyOutlined />, catalogue: <UnorderedListOutlined />, calendar: <CalendarOutlined />, accounts: <TeamOutlined />, audit: <AuditOutlined />,
};

function sectionFromHash(allowed: readonly Section[]): Section {
  const wanted = window.location.hash.replace(/^#\/?/, '') as Section;
  return allowed.includes(wanted) ? wanted : 'devices';
}

export function Shell({ me, onSignedOut }: { me: WhoAmI; onSignedOut: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const sections = (Object.keys(ICONS) as Section[]).filter((s) => me.city || !CITY_ONLY.includes(s));
  const [section, setSection] = useState<Section>(() => sectionFromHash(sections));
  useEffect(() => {
    window.location.hash = `/${section}`;
  }, [section]);
  const signOut = async () => {
    try {
      await api('DELETE', '/api/admin/session');
      onSignedOut();
    } catch (e) {
      void message.error(errorText(t, e));
    }
  };
  const role = me.account ? t(`role.${me.account.role}`) : t('role.token');
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={208} theme="dark">
        <div style={{ color: '#fff', fontWeight: 600, padding: '16px 20px', fontSize: 15 }}>{t('app.short')}</div>
        <Menu theme="dark" mode="inline" selectedKeys={[section]} onClick={({ key }) => setSection(key as Section)} items={sections.map((s) => ({ key: s, icon: ICONS[s], label: t(`nav.${s}`) }))} />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', padding: '0 16px', borderBottom: '1px solid #eee', height: 52, lineHeight: '52px' }}>
          <Typography.Title level={5} style={{ margin: 0 }}>{t(`nav.${section}`)}</Typography.Title>
          <Space size="middle">
            <span data-testid="admin-name">
              {me.account?.name} <Tag>{role}</Tag>
              {me.account?.countyPath && <Typography.Text type="secondary">{orgLabel(me.account.countyPath)}</Typography.Text>}
            </span>
            <LanguageSelect />
            <Button icon={<LogoutOutlined />} onClick={() => void signOut()}>{t('app.signOut')}</Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 16 }}>
          {section === 'devices' && <Devices me={me} />}
          {section === 'codes' && <Codes me={me} />}
          {section === 'catalogue' && <Catalogue />}
          {section === 'calendar' && <Calendar />}
          {section === 'accounts' && <Accounts me={me} />}
          {section === 'audit' && <Audit />}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
