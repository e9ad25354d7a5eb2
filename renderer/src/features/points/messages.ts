import { defineMessages } from '../../i18n/define';

/** The points area's strings (t('points.…')), Chinese first. */
export const pointsMessages = defineMessages(
  {
    title: '时长与积分',
    hours: {
      notPositive: '服务时长须大于 0',
      overActivity: '服务时长 {{hours}} 小时超过活动时长 {{max}} 小时(不含路途时间)',
      overRequestCap: '服务时长 {{hours}} 小时超过单次上门服务上限 {{max}} 小时;更长的服务请登记为活动',
    },
  },
  {
    title: 'Points and stars',
    hours: {
      notPositive: 'Hours must be more than 0',
      overActivity: '{{hours}} h is more than the activity lasted ({{max}} h, travel excluded)',
      overRequestCap: '{{hours}} h is more than one house call allows ({{max}} h); record longer work as an activity',
    },
  },
);
