import { Layout, Menu } from 'antd';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Station } from '../station/station';
import { AREAS } from './areas';
import { HeaderBar } from './HeaderBar';

/** The signed-in application: area menu on the left, status header, the area's page. */
export function Shell({ station }: { station: Station }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const selected = AREAS.find((a) => location.pathname.startsWith(a.path))?.key ?? 'requests';
  return (
    <Layout style={{ minHeight: '100vh' }}>
      {/* 216 px: the longest English area name, "Volunteers & providers", fits on one line. */}
      <Layout.Sider width={216} breakpoint="lg" collapsedWidth={56}>
        <div style={{ color: '#fff', fontSize: 18, fontWeight: 600, padding: '16px 20px', whiteSpace: 'nowrap', overflow: 'hidden' }}>
          {t('app.name')}
        </div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[selected]}
          onClick={({ key }) => navigate(AREAS.find((a) => a.key === key)!.path)}
          items={AREAS.map((a) => ({ key: a.key, icon: a.icon, label: t(`nav.${a.key}`) }))}
        />
      </Layout.Sider>
      <Layout>
        <HeaderBar station={station} />
        <Layout.Content style={{ padding: 16 }}>
          <Routes>
            {AREAS.map((a) => (
              <Route key={a.key} path={`${a.path}/*`} element={a.element} />
            ))}
            <Route path="*" element={<Navigate to="/requests" replace />} />
          </Routes>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
