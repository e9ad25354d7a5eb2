import { defineMessages } from '../../i18n/define';

export const registryMessages = defineMessages(
  { title: '志愿者登记册' },
  { title: 'Registry' },
);
