import { useEffect, useState } from 'react';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { HashRouter } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useStation, DEFAULT_LOCK_MINUTES } from '../station/station';
import { useSession } from '../session/store';
import { useIdleLock } from '../session/useIdleLock';
import { FirstRun } from '../features/setup/FirstRun';
import { LockScreen } from '../features/lock/LockScreen';
import { Shell } from './Shell';
import { ErrorBoundary } from './ErrorBoundary';
import { db } from '../db';
import { useEnrolment } from '../sync/hooks';
import { useSyncRunner } from '../sync/useSyncRunner';
import { theme } from './theme';
import { followCatalogue } from '../catalogue/live';
import { followOrgTree, useOrgTreeVersion } from '../org/live';

/** Chooses what the desk shows: first-run setup, the lock screen, or the application. */
function Gate() {
  const station = useStation();
  const signedIn = useSession((s) => s.operator !== null);
  useIdleLock(station?.lockAfterMinutes ?? DEFAULT_LOCK_MINUTES);
  // Sync runs whenever the station is enrolled, also behind the lock screen: a locked desk PC
  // still sends what was saved and receives what the town dispatched.
  const enrolment = useEnrolment(db);
  useSyncRunner(db, !!station && !!enrolment);
  // The centre's catalogue and work calendar, kept in memory and current as sync brings edits.
  useEffect(() => followCatalogue(db), []);
  // The centre's org tree, likewise; the gate re-renders (and with it the screens) when it changes.
  useEffect(() => followOrgTree(db), []);
  useOrgTreeVersion();
  if (station === undefined) return <Spin fullscreen />;
  if (station === null) return <FirstRun />;
  if (!signedIn) return <LockScreen station={station} />;
  return <Shell station={station} />;
}

export function App() {
  const { i18n } = useTranslation();
  const [language, setLanguage] = useState(i18n.language);
  useEffect(() => {
    const onChange = (lng: string) => setLanguage(lng);
    i18n.on('languageChanged', onChange);
    return () => i18n.off('languageChanged', onChange);
  }, [i18n]);
  useEffect(() => {
    dayjs.locale(language === 'en' ? 'en' : 'zh-cn');
    document.documentElement.lang = language;
  }, [language]);
  return (
    <ConfigProvider locale={language === 'en' ? enUS : zhCN} theme={theme} componentSize="middle" button={{ autoInsertSpace: false }}>
      <AntApp>
        <ErrorBoundary>
          <HashRouter>
            <Gate />
          </HashRouter>
        </ErrorBoundary>
      </AntApp>
    </ConfigProvider>
  );
}
