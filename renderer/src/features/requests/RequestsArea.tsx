import { lazy, Suspense, type ComponentType } from 'react';
import { Alert, Button, Card, Menu, Space, Spin } from 'antd';
import { Route, Routes, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { IntakePage } from './intake/IntakePage';
import { RequestDetailPage } from './detail/RequestDetailPage';
import { SupervisionPage } from './supervision/SupervisionPage';

/**
 * The list and the desk are built alongside this area by another part of the feature; they are
 * picked up as soon as their modules exist, and until then the area says so honestly.
 */
const pages = import.meta.glob<Record<string, ComponentType>>(['./list/RequestListPage.tsx', './desk/DeskPage.tsx']);

function optional(path: string, exportName: string, Fallback: ComponentType): ComponentType {
  const load = pages[path];
  if (!load) return Fallback;
  return lazy(async () => ({ default: (await load())[exportName] ?? Fallback }));
}

function ListSoon() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Card title={t('requests.nav.list')}>
      <Space orientation="vertical">
        <Alert type="info" showIcon title={t('requests.listSoon')} />
        <Space>
          <Button type="primary" onClick={() => navigate('/requests/new')}>{t('requests.nav.new')}</Button>
          <Button onClick={() => navigate('/requests/supervision')}>{t('requests.nav.supervision')}</Button>
        </Space>
      </Space>
    </Card>
  );
}

const RequestListPage = optional('./list/RequestListPage.tsx', 'RequestListPage', ListSoon);
const DeskPage = optional('./desk/DeskPage.tsx', 'DeskPage', ListSoon);

const SECTIONS = ['list', 'new', 'desk', 'supervision'] as const;
const pathOf = (s: (typeof SECTIONS)[number]) => (s === 'list' ? '/requests' : `/requests/${s}`);

/** Routes of the requests area: list, intake, desk, supervision, one request. */
export function RequestsArea() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const selected = SECTIONS.find((s) => s !== 'list' && pathname.startsWith(pathOf(s))) ?? (pathname === '/requests' ? 'list' : '');
  return (
    <Suspense fallback={<Spin />}>
      <Menu mode="horizontal" selectedKeys={[selected]} style={{ marginBottom: 12, background: 'transparent' }}
        onClick={({ key }) => navigate(pathOf(key as (typeof SECTIONS)[number]))}
        items={SECTIONS.map((s) => ({ key: s, label: t(`requests.nav.${s}`) }))} />
      <Routes>
        <Route index element={<RequestListPage />} />
        <Route path="new" element={<IntakePage />} />
        <Route path="desk" element={<DeskPage />} />
        <Route path="supervision" element={<SupervisionPage />} />
        <Route path=":id" element={<RequestDetailPage />} />
      </Routes>
    </Suspense>
  );
}
