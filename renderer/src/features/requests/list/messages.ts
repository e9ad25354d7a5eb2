import { defineMessages } from '../../../i18n/define';

export const requestListMessages = defineMessages(
  { title: '工单列表' },
  { title: 'Request list' },
);
