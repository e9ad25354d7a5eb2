import { Menu } from 'antd';
import { Route, Routes, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { IntakePage } from './intake/IntakePage';
import { RequestDetailPage } from './detail/RequestDetailPage';
import { SupervisionPage } from './supervision/SupervisionPage';
// Imported statically: a lazily loaded screen cannot be fetched by a station that went offline
// in browser mode after start-up (the page went blank).
import { RequestListPage } from './list/RequestListPage';
import { DeskPage } from './desk/DeskPage';

const SECTIONS = ['list', 'new', 'desk', 'supervision'] as const;
const pathOf = (s: (typeof SECTIONS)[number]) => (s === 'list' ? '/requests' : `/requests/${s}`);

/** Routes of the requests area: list, intake, desk, supervision, one request. */
export function RequestsArea() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const selected = SECTIONS.find((s) => s !== 'list' && pathname.startsWith(pathOf(s))) ?? (pathname === '/requests' ? 'list' : '');
  return (
    <>
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
    </>
  );
}
