import { useEffect } from 'react';
import { Menu } from 'antd';
import { Route, Routes, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ResidentListPage } from './register/ResidentListPage';
import { ResidentDetailPage } from './detail/ResidentDetailPage';
import { PlanPage } from './plan/PlanPage';
import { CoveragePage } from './plan/CoveragePage';
import { EnterprisesPage } from './enterprise/EnterprisesPage';
import { EnterpriseLedgerPage } from './enterprise/EnterpriseLedgerPage';
import { carryOverLocalChecklist } from './enterprise/checklist';
import { data } from '../../db';
import { useSession } from '../../session/store';
import { useStation } from '../../station/station';

const SECTIONS = ['register', 'plan', 'coverage', 'enterprises'] as const;
type Section = (typeof SECTIONS)[number];
const pathOf = (s: Section) => (s === 'register' ? '/residents' : `/residents/${s}`);

/** Routes of the residents area: the register, a resident, the visit plan, coverage, the enterprise ledger. */
export function ResidentsArea() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const stationPath = useStation()?.orgPath;
  const operatorId = useSession((s) => s.operator?.id);
  // A checklist this PC kept before checklists synced becomes the station's record, once.
  useEffect(() => {
    if (stationPath && operatorId) void carryOverLocalChecklist(data, { operatorId }, stationPath);
  }, [stationPath, operatorId]);
  const selected = SECTIONS.find((s) => s !== 'register' && pathname.startsWith(pathOf(s))) ?? 'register';
  return (
    <>
      <Menu mode="horizontal" selectedKeys={[selected]} style={{ marginBottom: 12, background: 'transparent' }}
        onClick={({ key }) => navigate(pathOf(key as Section))}
        items={SECTIONS.map((s) => ({ key: s, label: t(`residents.nav.${s}`) }))} />
      <Routes>
        <Route index element={<ResidentListPage />} />
        <Route path="plan" element={<PlanPage />} />
        <Route path="coverage" element={<CoveragePage />} />
        <Route path="enterprises" element={<EnterprisesPage />} />
        <Route path="enterprises/:id" element={<EnterpriseLedgerPage />} />
        <Route path=":id" element={<ResidentDetailPage />} />
      </Routes>
    </>
  );
}
