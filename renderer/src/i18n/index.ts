import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { zhCN } from './zh-CN';
import { en } from './en';
import { FEATURE_MESSAGES } from './features';

/** UI languages: Chinese by default, English on request (remembered per PC). */
export type Language = 'zh-CN' | 'en';
export const LANGUAGES: Language[] = ['zh-CN', 'en'];
const STORAGE_KEY = 'lianxin.language';

export function savedLanguage(): Language {
  const value = globalThis.localStorage?.getItem(STORAGE_KEY);
  return value === 'en' ? 'en' : 'zh-CN';
}

export function setLanguage(language: Language): Promise<unknown> {
  globalThis.localStorage?.setItem(STORAGE_KEY, language);
  return i18n.changeLanguage(language);
}

function pick(language: 'zhCN' | 'en'): Record<string, object> {
  return Object.fromEntries(Object.entries(FEATURE_MESSAGES).map(([key, m]) => [key, m[language]]));
}

void i18n.use(initReactI18next).init({
  resources: {
    'zh-CN': { translation: { ...zhCN, ...pick('zhCN') } },
    en: { translation: { ...en, ...pick('en') } },
  },
  lng: savedLanguage(),
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export { i18n };
