import { defineMessages } from '../../i18n/define';

/** The dashboard area's strings (t('dashboard.…')), Chinese first. */
export const dashboardMessages = defineMessages(
  {
    title: '数据看板',
  },
  {
    title: 'Dashboard',
  },
);
