import { Menu } from 'antd';
import { Route, Routes, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
// Imported statically, like the requests area: a lazily loaded screen cannot be fetched by a
// station that went offline in browser mode.
import { DashboardPage } from './DashboardPage';
import { MonthlyReport } from './report/MonthlyReport';

/** The dashboard area (mounted at /dashboard/*): the board and the monthly report. */
export function DashboardArea() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const selected = pathname.startsWith('/dashboard/report') ? 'report' : 'board';
  // The report opens on the unit the board shows.
  const unit = params.get('unit');
  return (
    <>
      <Menu mode="horizontal" selectedKeys={[selected]} style={{ marginBottom: 12, background: 'transparent' }}
        onClick={({ key }) => navigate(`${key === 'report' ? '/dashboard/report' : '/dashboard'}${unit ? `?unit=${encodeURIComponent(unit)}` : ''}`)}
        items={[{ key: 'board', label: t('dashboard.nav.board') }, { key: 'report', label: t('dashboard.nav.report') }]} />
      <Routes>
        <Route index element={<DashboardPage />} />
        <Route path="report" element={<MonthlyReport />} />
      </Routes>
    </>
  );
}
