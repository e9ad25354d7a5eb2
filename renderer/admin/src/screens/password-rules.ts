import type { TFunction } from 'i18next';
import type { Rule } from 'antd/es/form';

/** The centre's rule (at least 10 characters), checked here too so the form says it before sending. */
export const passwordRules = (t: TFunction): Rule[] => [
  { required: true, message: t('account.passwordTooShort') },
  { min: 10, message: t('account.passwordTooShort') },
];
