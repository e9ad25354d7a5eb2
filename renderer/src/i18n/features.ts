import { requestsMessages } from '../features/requests/messages';
import { requestListMessages } from '../features/requests/list/messages';
import { registryMessages } from '../features/volunteers/messages';
import { syncMessages } from '../features/sync/messages';
import { residentsMessages } from '../features/residents/messages';
import { pointsMessages } from '../features/points/messages';
import { dashboardMessages } from '../features/dashboard/messages';

/** Each feature's strings, by the key they are found under: t('requests.…'), t('registry.…'). */
export const FEATURE_MESSAGES = {
  requests: requestsMessages,
  requestList: requestListMessages,
  registry: registryMessages,
  syncClient: syncMessages,
  residents: residentsMessages,
  points: pointsMessages,
  dashboard: dashboardMessages,
};
