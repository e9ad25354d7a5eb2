import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { setLanguage, type Language } from './i18n';

export function LanguageSelect() {
  const { t, i18n } = useTranslation();
  return (
    <Select<Language>
      size="small"
      value={i18n.language as Language}
      onChange={(v) => void setLanguage(v)}
      options={[{ value: 'zh-CN', label: '中文' }, { value: 'en', label: 'English' }]}
      aria-label={t('app.language')}
      style={{ width: 96 }}
    />
  );
}
