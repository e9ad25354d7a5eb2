import { defineMessages } from '../../i18n/define';

/** The residents area's strings (t('residents.…')), Chinese first. */
export const residentsMessages = defineMessages(
  {
    title: '居民与走访',
  },
  {
    title: 'Residents and visits',
  },
);
