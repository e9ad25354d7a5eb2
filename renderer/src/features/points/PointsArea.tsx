import { Alert, Menu, Progress } from 'antd';
import { Route, Routes, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { VolunteerPointsPage } from './volunteer/VolunteerPointsPage';
import { RecordsPage } from './records/RecordsPage';
import { RedemptionsPage } from './redemptions/RedemptionsPage';
import { StarsPage } from './stars/StarsPage';
import { LeaderboardPage } from './leaderboard/LeaderboardPage';
import { ExcellentPage } from './excellent/ExcellentPage';
import { RulesPage } from './rules/RulesPage';
import { CertificatePage } from './certificate/CertificatePage';
import { useTalliesCurrent } from './useTallies';

const SECTIONS = ['volunteer', 'records', 'redemptions', 'stars', 'leaderboard', 'excellent', 'rules'] as const;
type Section = (typeof SECTIONS)[number];
const pathOf = (s: Section) => (s === 'volunteer' ? '/points' : `/points/${s}`);

/** 时长与积分: a volunteer's points, service records, redemptions, stars, leaderboards, candidates, rules. */
export function PointsArea() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const tallies = useTalliesCurrent();
  const selected = SECTIONS.find((s) => s !== 'volunteer' && pathname.startsWith(pathOf(s))) ?? (pathname === '/points' ? 'volunteer' : '');
  return (
    <>
      <Menu mode="horizontal" selectedKeys={[selected]} style={{ marginBottom: 12, background: 'transparent' }}
        onClick={({ key }) => navigate(pathOf(key as Section))}
        items={SECTIONS.map((s) => ({ key: s, label: t(`points.nav.${s}`) }))} />
      {tallies.rebuilding && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} data-testid="tallies-rebuilding" title={t('points.rebuilding')}
          description={tallies.progress ? <Progress percent={Math.round((100 * tallies.progress.done) / Math.max(1, tallies.progress.total))} size="small" /> : null} />
      )}
      <Routes>
        <Route index element={<VolunteerPointsPage />} />
        <Route path="records" element={<RecordsPage />} />
        <Route path="redemptions" element={<RedemptionsPage />} />
        <Route path="stars" element={<StarsPage />} />
        <Route path="leaderboard" element={<LeaderboardPage />} />
        <Route path="excellent" element={<ExcellentPage />} />
        <Route path="rules" element={<RulesPage />} />
        <Route path="certificate/:volunteerId" element={<CertificatePage />} />
      </Routes>
    </>
  );
}
