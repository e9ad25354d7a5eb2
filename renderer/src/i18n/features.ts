import { requestsMessages } from '../features/requests/messages';
import { requestListMessages } from '../features/requests/list/messages';
import { registryMessages } from '../features/volunteers/messages';
import { syncMessages } from '../features/sync/messages';

/** Each feature's strings, by the key they are found under: t('requests.…'), t('registry.…'). */
export const FEATURE_MESSAGES = {
  requests: requestsMessages,
  requestList: requestListMessages,
  registry: registryMessages,
  syncClient: syncMessages,
};
