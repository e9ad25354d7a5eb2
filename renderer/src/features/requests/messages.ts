import { defineMessages } from '../../i18n/define';

export const requestsMessages = defineMessages(
  { title: '工单' },
  { title: 'Requests' },
);
