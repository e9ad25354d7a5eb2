import { defineMessages } from '../../i18n/define';

export const syncMessages = defineMessages(
  { title: '与市中心同步' },
  { title: 'Sync with the city centre' },
);
