import { defineMessages } from '../../i18n/define';

/** The points area's strings (t('points.…')), Chinese first. */
export const pointsMessages = defineMessages(
  {
    title: '时长与积分',
  },
  {
    title: 'Points and stars',
  },
);
