import { useCallback, useEffect, useState } from 'react';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type WhoAmI } from './api';
import { theme } from './theme';
import { SignIn } from './screens/SignIn';
import { Shell } from './Shell';

/** The signed-in administrator, or null when not signed in (or the session has ended). */
async function whoAmI(): Promise<WhoAmI | null> {
  try {
    return await api<WhoAmI>('GET', '/api/admin/session');
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null;
    throw e;
  }
}

/** Signed in (who), signed out (null), or not known yet (undefined). */
function useWhoAmI() {
  const [me, setMe] = useState<WhoAmI | null | undefined>(undefined);
  const reload = useCallback(() => whoAmI().then(setMe), []);
  useEffect(() => {
    whoAmI().then(setMe, () => setMe(null));
  }, []);
  return { me, reload, signedOut: () => setMe(null) };
}

export function AdminApp() {
  const { i18n, t } = useTranslation();
  const [language, setLanguage] = useState(i18n.language);
  const { me, reload, signedOut } = useWhoAmI();
  useEffect(() => {
    const onChange = (lng: string) => setLanguage(lng);
    i18n.on('languageChanged', onChange);
    return () => i18n.off('languageChanged', onChange);
  }, [i18n]);
  useEffect(() => {
    dayjs.locale(language === 'en' ? 'en' : 'zh-cn');
    document.documentElement.lang = language;
    document.title = t('app.title');
  }, [language, t]);
  return (
    <ConfigProvider locale={language === 'en' ? enUS : zhCN} theme={theme} componentSize="middle" button={{ autoInsertSpace: false }}>
      <AntApp>
        {me === undefined ? <Spin fullscreen /> : me === null ? <SignIn onSignedIn={reload} /> : <Shell me={me} onSignedOut={signedOut} />}
      </AntApp>
    </ConfigProvider>
  );
}
